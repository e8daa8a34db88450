package org.tidtam.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class VerifiedPasswordsTests {

  final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  final InMemoryUserDetailsManager users =
      new InMemoryUserDetailsManager(
          User.withUsername("school1")
              .password(encoder.encode("school1"))
              .authorities("ROLE_STAFF")
              .build());
  final AtomicInteger storeChecks = new AtomicInteger();
  final VerifiedPasswords passwords = new VerifiedPasswords(counting(), Duration.ofMinutes(5));

  AuthenticationProvider counting() {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication a) {
        storeChecks.incrementAndGet();
        return dao.authenticate(a);
      }

      @Override
      public boolean supports(Class<?> type) {
        return dao.supports(type);
      }
    };
  }

  static Authentication pair(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  @Test
  void aRightPairIsCheckedWithTheStoreOnceThenRemembered() {
    Authentication first = passwords.authenticate(pair("school1", "school1"));
    Authentication second = passwords.authenticate(pair("school1", "school1"));

    assertThat(storeChecks).hasValue(1);
    assertThat(second.isAuthenticated()).isTrue();
    assertThat(second.getName()).isEqualTo("school1");
    assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
  }

  @Test
  void aWrongPasswordIsRefusedEvenAfterTheRightOneWasRemembered() {
    passwords.authenticate(pair("school1", "school1"));

    assertThatThrownBy(() -> passwords.authenticate(pair("school1", "school2")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> passwords.authenticate(pair("school1", "")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(storeChecks).hasValue(3);
  }

  @Test
  void aChangedPasswordCountsOnceTheRememberedPairExpires() {
    VerifiedPasswords noMemory = new VerifiedPasswords(counting(), Duration.ZERO);
    noMemory.authenticate(pair("school1", "school1"));
    users.updatePassword(users.loadUserByUsername("school1"), encoder.encode("new"));

    assertThatThrownBy(() -> noMemory.authenticate(pair("school1", "school1")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(noMemory.authenticate(pair("school1", "new")).isAuthenticated()).isTrue();
  }
}
