package org.tidtam.app;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.AppUser;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.i18n.Lang;

/** Users for the screen tests beyond the demo users, and signing in as one within a test. */
public final class TestUsers {

  private TestUsers() {}

  /** The user, created on first use; each test that changes data uses a unit of its own. */
  public static Actor ensure(
      UserRepository users,
      PasswordEncoder encoder,
      String name,
      Role role,
      @Nullable String unit) {
    return users
        .findByUsername(name)
        .orElseGet(() -> users.save(new AppUser(name, encoder.encode(name), role, unit, Lang.TH)))
        .actor();
  }

  /** Signs the user in for what the test does next (the next navigation sees them). */
  public static void signIn(UserDetailsService details, String name) {
    UserDetails user = details.loadUserByUsername(name);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user, user.getPassword(), user.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }

  /** The path of the view the UI shows now, e.g. {@code submissions/12}. */
  public static String activePath() {
    return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
  }
}
