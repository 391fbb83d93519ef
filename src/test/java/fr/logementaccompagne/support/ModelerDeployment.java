package fr.logementaccompagne.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Deploys files the way Camunda Modeler 5 does ("Deploy to Camunda 7"): one multipart
 * {@code POST /engine-rest/deployment/create} with {@code deployment-name}, {@code deployment-source} "Camunda
 * Modeler", {@code deploy-changed-only} true, and each file as a part named after it.
 */
public final class ModelerDeployment {

  public static final Path ROOT = Path.of(System.getProperty("project.root", "."));

  private ModelerDeployment() {
  }

  public static ResponseEntity<String> deploy(TestRestTemplate http, String user, String password, String name,
                                              Map<String, byte[]> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    files.forEach((fileName, content) -> {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
      parts.add(fileName, new HttpEntity<>(new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return fileName;
        }
      }, headers));
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }

  /** A diagram of processes/ with every form of forms/, as an analyst deploys them together. */
  public static Map<String, byte[]> diagramWithForms(String diagram) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(diagram, read(ROOT.resolve("processes").resolve(diagram)));
    try (Stream<Path> forms = Files.list(ROOT.resolve("forms"))) {
      forms.sorted().forEach(form -> files.put(form.getFileName().toString(), read(form)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
