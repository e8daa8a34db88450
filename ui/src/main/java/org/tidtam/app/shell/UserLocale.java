package org.tidtam.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.i18n.Lang;

/**
 * The language of the screens: a signed-in user's stored language, set on the session before every
 * navigation so that the first page after sign-in already speaks it; Thai for a visitor, unless the
 * visitor switched to English in this session.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

  private static final String VISITOR_LANG = UserLocale.class.getName() + ".visitor";

  private final CurrentActor actors;

  UserLocale(CurrentActor actors) {
    this.actors = actors;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> init.getUI().addBeforeEnterListener(enter -> apply(enter.getUI())));
  }

  /** Sets the UI's and the session's locale to the current user's language. */
  public void apply(UI ui) {
    Lang lang = actors.find().map(Actor::lang).orElseGet(() -> visitorLang(ui.getSession()));
    use(ui, lang);
  }

  /** Remembers a visitor's choice for the rest of the session (a signed-in user's is stored). */
  public static void chooseForVisitor(UI ui, Lang lang) {
    ui.getSession().setAttribute(VISITOR_LANG, lang);
    use(ui, lang);
  }

  /** The language the UI speaks now. */
  public static Lang of(UI ui) {
    return Lang.of(ui.getLocale());
  }

  private static Lang visitorLang(VaadinSession session) {
    return session.getAttribute(VISITOR_LANG) instanceof Lang lang ? lang : Lang.TH;
  }

  /** Sets the session's and the UI's locale. */
  public static void use(UI ui, Lang lang) {
    Locale locale = lang.locale();
    VaadinSession session = ui.getSession();
    if (!locale.equals(session.getLocale())) {
      session.setLocale(locale);
    }
    if (!locale.equals(ui.getLocale())) {
      ui.setLocale(locale);
    }
  }
}
