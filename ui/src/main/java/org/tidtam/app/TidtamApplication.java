package org.tidtam.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Tidtam web application. */
@SpringBootApplication
public class TidtamApplication {

  public static void main(String[] args) {
    SpringApplication.run(TidtamApplication.class, args);
  }
}
