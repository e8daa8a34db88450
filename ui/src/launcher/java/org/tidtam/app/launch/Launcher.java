package org.tidtam.app.launch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The jar's start class. It is compiled for Java 17, the oldest Java the Spring Boot loader runs
 * on, so that an older Java than the application needs gets one plain line instead of an {@code
 * UnsupportedClassVersionError}; on Java 25 it hands over to the application.
 */
public final class Launcher {

  /** The Java feature release the application is compiled for. */
  static final int REQUIRED = 25;

  private static final String APPLICATION = "org.tidtam.app.TidtamApplication";

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    int running = Runtime.version().feature();
    if (running < REQUIRED) {
      PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, "UTF-8");
      err.println(message(running, System.getProperty("java.home")));
      System.exit(1);
    }
    MethodHandle main =
        MethodHandles.publicLookup()
            .findStatic(
                Class.forName(APPLICATION),
                "main",
                MethodType.methodType(void.class, String[].class));
    main.invokeExact(args);
  }

  static String message(int running, String javaHome) {
    return "ติดตามต้องใช้ Java "
        + REQUIRED
        + " ขึ้นไป แต่ที่ใช้อยู่คือ Java "
        + running
        + " ("
        + javaHome
        + ") ตั้ง JAVA_HOME เป็น JDK "
        + REQUIRED
        + " หรือใช้ bin/tidtam; Tidtam needs Java "
        + REQUIRED
        + " or newer, this is Java "
        + running
        + " ("
        + javaHome
        + "): set JAVA_HOME to a JDK "
        + REQUIRED
        + " or use bin/tidtam";
  }
}
