package fr.logementaccompagne;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LogementAccompagneApplication {

  public static void main(String[] args) {
    SpringApplication.run(LogementAccompagneApplication.class, args);
  }
}
