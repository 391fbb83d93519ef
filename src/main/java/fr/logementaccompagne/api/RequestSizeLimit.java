package fr.logementaccompagne.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies on {@code /api}, {@code /engine-rest} and the webapps' engine API ({@code /camunda/api/engine}, the
 * same engine resources behind Tasklist and Cockpit) are small JSON documents: a body over
 * {@code la.http.max-request-body} (1 MB) is refused with 413 before anything reads it, whether it declares its
 * length or comes chunked; the administrators' CSV imports take up to {@code la.http.max-import-body} (32 MB). Runs
 * before authentication, so an anonymous caller cannot make the server parse it.
 */
@Configuration
public class RequestSizeLimit {

  /** What is read and dropped of a refused body so that the client, still sending, gets the 413. */
  static final long DRAINED_AT_MOST = 64L * 1024 * 1024;

  @Bean
  FilterRegistrationBean<BodySizeFilter> requestSizeLimitFilter(
      @Value("${la.http.max-request-body:1MB}") DataSize maxRequestBody,
      @Value("${la.http.max-import-body:32MB}") DataSize maxImportBody) {
    var registration = new FilterRegistrationBean<>(
        new BodySizeFilter(maxRequestBody.toBytes(), maxImportBody.toBytes()));
    registration.setName("request-size-limit");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/engine/*");
    registration.setOrder(0);
    return registration;
  }

  static class BodySizeFilter extends OncePerRequestFilter {

    /** The landlord's CSV files (a whole dwelling stock) are larger than JSON requests. */
    static final String IMPORT_PATH = "/api/admin/reference/";

    private final long requestLimit;
    private final long importLimit;

    BodySizeFilter(long requestLimit, long importLimit) {
      this.requestLimit = requestLimit;
      this.importLimit = importLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long limit = request.getRequestURI().substring(request.getContextPath().length()).startsWith(IMPORT_PATH)
          ? importLimit : requestLimit;
      long declared = request.getContentLengthLong();
      if (declared > limit) {
        refuse(request, response, limit);
        return;
      }
      if (declared < 0) {
        // length unknown (chunked): read up to the limit, then hand the body on
        byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
        if (body.length > limit) {
          refuse(request, response, limit);
          return;
        }
        chain.doFilter(body.length == 0 ? request : new ReadBody(request, body), response);
        return;
      }
      chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
      // read and drop what the client is still sending (up to a bound), or it may never see the answer
      try {
        InputStream in = request.getInputStream();
        long dropped = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; dropped < DRAINED_AT_MOST && (n = in.read(buffer)) > 0; ) {
          dropped += n;
        }
      } catch (IOException clientGone) {
        return;
      }
      String detail = "Corps de requête trop volumineux : %d octets au plus".formatted(limit);
      String body;
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/engine-rest") || path.startsWith("/camunda/api/engine")) {
        response.setContentType("application/json");
        body = "{\"type\":\"RestException\",\"message\":\"%s\",\"code\":null}".formatted(detail);
      } else {
        response.setContentType("application/problem+json");
        body = ("{\"type\":\"about:blank\",\"title\":\"Requête trop volumineuse\",\"status\":413,\"detail\":\"%s\","
            + "\"errors\":[{\"field\":\"body\",\"message\":\"%s\"}]}").formatted(detail, detail);
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setCharacterEncoding("UTF-8");
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }

  /** The request with its body already read (chunked here, a login form in the login throttle). */
  public static class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    public ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding() != null ? getCharacterEncoding() : "UTF-8";
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
