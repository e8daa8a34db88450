package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.TidtamApplication;

/**
 * The program as a user starts it: the application's main class in its own process, and the {@code
 * bin/tidtam} launcher. Anything but no arguments or {@code serve} must end with the command line's
 * answer instead of starting the web server.
 */
class TidtamLauncherTests {

  private static final Path LAUNCHER = Path.of("..", "bin", "tidtam").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void commandLineArgumentsNeverStartTheWebServer() throws Exception {
    for (List<String> args :
        List.of(
            List.of("frobnicate"),
            List.of("fomrs"),
            List.of("--server.port=9090"),
            List.of("--lang", "en"),
            List.of("forms", "--colour"))) {
      Run r = application(args);

      assertThat(r.code).as(args + ": " + r.out).isEqualTo(TidtamCli.FAILED);
      assertThat(r.out.lines()).as(args.toString()).hasSize(1);
      assertThat(r.out).as(args.toString()).doesNotContain("Tomcat").doesNotContain("Spring");
    }
  }

  @Test
  void versionIsPrintedByTheApplication() throws Exception {
    Run r = application(List.of("--version"));

    assertThat(r.code).as(r.out).isZero();
    assertThat(r.out).matches("tidtam \\d+\\.\\d+\\.\\d+\\S*\\R");
  }

  @Test
  void theLauncherExplainsThatItNeedsJava25() throws Exception {
    String version = "openjdk version \"17.0.15\" 2025-04-15";
    Path javaHome = fakeJava(dir.resolve("jdk-17"), version);
    Path onPath = fakeJava(dir.resolve("path-jdk"), version);

    Run r =
        run(
            List.of("sh", LAUNCHER.toString(), "forms"),
            Map.of(
                "JAVA_HOME",
                javaHome.toString(),
                "PATH",
                onPath.resolve("bin") + ":" + System.getenv("PATH"),
                "TIDTAM_JAR",
                fakeJar().toString()));

    assertThat(r.code).as(r.out).isEqualTo(1);
    assertThat(r.out.lines()).as(r.out).singleElement();
    assertThat(r.out)
        .contains("ต้องใช้ Java 25 ขึ้นไป")
        .contains("Tidtam needs Java 25 or newer")
        .contains("17.0.15")
        .contains(javaHome.resolve("bin/java").toString());
    assertThat(r.out.indexOf("ต้องใช้")).isLessThan(r.out.indexOf("needs"));
  }

  @Test
  void theLauncherIsAnExecutablePosixShellScript() throws IOException {
    assertThat(LAUNCHER).isExecutable();
    assertThat(Files.readAllLines(LAUNCHER, UTF_8).getFirst()).isEqualTo("#!/bin/sh");
  }

  /** A Java home whose {@code bin/java} only says which version it is. */
  private static Path fakeJava(Path home, String version) throws IOException {
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho '" + version + "' >&2\nexit 0\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  /** The launcher checks the Java before it runs the jar; this one is never run. */
  private Path fakeJar() throws IOException {
    return Files.writeString(dir.resolve("tidtam.jar"), "not run");
  }

  /** The application's main class in a new JVM, as {@code java -jar} would start it. */
  private static Run application(List<String> args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java, "-cp", System.getProperty("java.class.path"), TidtamApplication.class.getName()));
    command.addAll(args);
    return run(command, Map.of());
  }

  private static Run run(List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    boolean ended = process.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("ended on its own: " + command).isTrue();
    return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), UTF_8));
  }

  private record Run(int code, String out) {}
}
