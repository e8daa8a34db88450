package org.tidtam.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tidtam.app.cli.TidtamCli;

/**
 * The Tidtam application. With no arguments, or with {@code serve} first, it starts the web
 * application; any other arguments are the command line ({@code forms}, {@code render}, ...), which
 * runs and exits without starting Spring.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class TidtamApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    if (TidtamCli.isCommand(args)) {
      TidtamCli.main(args);
      return;
    }
    SpringApplication.run(TidtamApplication.class, TidtamCli.serverArguments(args));
  }
}
