package fr.logementaccompagne.referenceimport;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.support.EngineRestClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The administrators' import and export routes, as an operator's script calls them. */
public class ReferenceCsvClient {

  public static final String BASE = "/api/admin/reference/";

  private final TestRestTemplate http;

  public ReferenceCsvClient(TestRestTemplate http) {
    this.http = http;
  }

  public ResponseEntity<String> put(String user, String password, String table, String csv) {
    return put(user, password, table, csv.getBytes(StandardCharsets.UTF_8));
  }

  public ResponseEntity<String> put(String user, String password, String table, byte[] csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return http.exchange(BASE + table, HttpMethod.PUT, new HttpEntity<>(csv, headers), String.class);
  }

  public ResponseEntity<String> get(String user, String password, String table, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.setAccept(List.of(accept));
    return http.exchange(BASE + table, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  public JsonNode rows(String user, String password, String table) {
    return EngineRestClient.json(get(user, password, table, MediaType.APPLICATION_JSON).getBody());
  }
}
