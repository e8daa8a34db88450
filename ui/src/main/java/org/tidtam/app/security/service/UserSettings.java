package org.tidtam.app.security.service;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.i18n.Lang;

/** What a signed-in user changes about themselves: for now, the language of the screens. */
@Service
@Transactional
public class UserSettings {

  private final UserRepository users;

  UserSettings(UserRepository users) {
    this.users = users;
  }

  /** Stores the language the user's screens are shown in from their next page on. */
  public Actor changeLanguage(Actor actor, Lang lang) {
    var user =
        users
            .findByUsername(actor.username())
            .orElseThrow(() -> new IllegalStateException("no user " + actor.username()));
    user.setPreferredLanguage(lang);
    return users.save(user).actor();
  }
}
