package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** What a command printed and the code it ended with, for the command line's tests. */
final class CliResult {

  /** A command run against two streams, giving its exit code. */
  @FunctionalInterface
  interface Command {
    int run(PrintStream out, PrintStream err);
  }

  final int code;
  final String out;
  final String err;

  private CliResult(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** Runs the command line with the arguments and keeps what it printed, in UTF-8. */
  static CliResult run(TidtamCli cli, String... args) {
    return of((out, err) -> cli.run(args, out, err));
  }

  /** Runs the command and keeps what it printed, in UTF-8. */
  static CliResult of(Command command) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = command.run(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new CliResult(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  /**
   * Asserts the command failed as the command line promises: exit code {@link TidtamCli#FAILED},
   * one line on standard error with no stack trace, nothing on standard output.
   */
  void assertFailedInOneLine() {
    assertThat(code).as(err).isEqualTo(TidtamCli.FAILED);
    assertThat(err.lines()).as(err).hasSize(1);
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(out).isEmpty();
  }

  @Override
  public String toString() {
    return "exit " + code + "\nout: " + out + "\nerr: " + err;
  }
}
