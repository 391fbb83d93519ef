package fr.logementaccompagne.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTTP/1.1 over a socket bound to a chosen loopback address (Linux accepts any 127.x.y.z), so a test can
 * play several client addresses against the server: the usual HTTP clients of Java 17 cannot pick their source
 * address.
 */
public class LoopbackClient {

  private final int port;

  public LoopbackClient(int port) {
    this.port = port;
  }

  public record Response(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(values -> values.get(0));
    }

    public List<String> headers(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  public Response get(String from, String path, String user, String password) {
    return send(from, "GET", path, basic(user, password), null, null);
  }

  public static Map<String, String> basic(String user, String password) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Map.of("Authorization", "Basic " + credentials);
  }

  public Response send(String from, String method, String path, Map<String, String> headers, String contentType,
      String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder()
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: localhost:").append(port).append("\r\n")
        .append("Connection: close\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      request.append("Content-Type: ").append(contentType).append("\r\n")
          .append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(30_000);
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP from " + from + " failed", e);
    }
  }

  private static Response parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    // chunked bodies keep their chunk sizes: tests only look for words in them
    return new Response(status, headers, text.substring(end + 4));
  }
}
