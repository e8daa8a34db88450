package org.tidtam.app.security.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.security.domain.Role;

/**
 * The demo users and their passwords, offered on the sign-in page. Only the demo data provides it,
 * so a production installation never shows a password.
 */
public interface DemoAccounts {

  /** A demo user: the password is shown as it is typed. */
  record Account(String username, String password, Role role, @Nullable String unitCode) {}

  List<Account> accounts();
}
