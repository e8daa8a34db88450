package org.tidtam.app.toyform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.tidtam.app.cli.TidtamCli;
import org.tidtam.schema.FormRegistry;
import org.tidtam.testkit.FormPluginHarness;

/**
 * A plugin that only the test classpath carries is found like the installed ones: nothing in the
 * application names the forms it offers.
 */
class ToyFormTests {

  @Test
  void theRegistryFindsThePluginOnTheClasspath() {
    assertThat(FormRegistry.load().find("toy")).get().isInstanceOf(ToyFormPlugin.class);
  }

  @Test
  void thePluginIsWellFormed() {
    FormPluginHarness.of(new ToyFormPlugin()).assertWellFormed();
  }

  @Test
  void itsMessagesUseCoresKeysAndTheFormsWording() {
    FormPluginHarness.of(new ToyFormPlugin()).assertMessages();
  }

  @Test
  void theCommandLineListsIt() {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();

    int code =
        new TidtamCli()
            .run(
                new String[] {"forms"},
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));

    assertThat(code).isZero();
    assertThat(out.toString(UTF_8).lines()).contains("toy\tv1\tแบบทดลอง (ใช้ในการทดสอบเท่านั้น)");
  }
}
