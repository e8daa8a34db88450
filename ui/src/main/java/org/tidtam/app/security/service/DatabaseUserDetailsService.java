package org.tidtam.app.security.service;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tidtam.app.security.domain.UserRepository;

/** The users of the database, for both the sign-in form and HTTP Basic on the API. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  DatabaseUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users
        .findByUsername(username)
        .map(
            u ->
                User.withUsername(u.getUsername())
                    .password(u.getPasswordHash())
                    .authorities(u.getRole().authority())
                    .build())
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }
}
