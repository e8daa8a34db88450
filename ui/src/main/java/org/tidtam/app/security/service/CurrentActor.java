package org.tidtam.app.security.service;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.AppUser;
import org.tidtam.app.security.domain.UserRepository;

/** The signed-in user of the current request or UI, as an {@link Actor}. */
@Service
public class CurrentActor {

  private final UserRepository users;

  CurrentActor(UserRepository users) {
    this.users = users;
  }

  /** The signed-in user; empty for an anonymous visitor. */
  public Optional<Actor> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return users.findByUsername(auth.getName()).map(AppUser::actor);
  }

  /** The signed-in user; an anonymous caller never reaches a secured view or endpoint. */
  public Actor get() {
    return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
  }
}
