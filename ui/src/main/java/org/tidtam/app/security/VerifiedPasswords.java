package org.tidtam.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;

/**
 * Checks a user name and password with the stored hash (bcrypt, deliberately slow: ~0.1 s of CPU)
 * and then remembers, for a few minutes, that this pair was right, as a salted SHA-256 digest kept
 * in memory only. HTTP Basic sends the password with every API call; without this every call would
 * pay the hash again. A wrong password is always checked against the store; a changed password
 * takes effect for new pairs at once and for a remembered one when it expires.
 */
final class VerifiedPasswords implements AuthenticationProvider {

  private record Verified(byte[] digest, Object principal, Collection<GrantedAuthority> roles) {}

  private final AuthenticationProvider store;
  private final byte[] salt = new byte[32];
  private final Cache<String, Verified> verified;

  VerifiedPasswords(AuthenticationProvider store, Duration remember) {
    this.store = store;
    new SecureRandom().nextBytes(salt);
    this.verified = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).build();
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    if (!(authentication.getCredentials() instanceof String password)) {
      return store.authenticate(authentication);
    }
    String username = authentication.getName();
    byte[] digest = digest(username, password);
    Verified known = verified.getIfPresent(username);
    if (known != null && MessageDigest.isEqual(known.digest(), digest)) {
      UsernamePasswordAuthenticationToken result =
          UsernamePasswordAuthenticationToken.authenticated(known.principal(), null, known.roles());
      result.setDetails(authentication.getDetails());
      return result;
    }
    Authentication result = store.authenticate(authentication);
    if (result != null && result.isAuthenticated()) {
      verified.put(
          username,
          new Verified(
              digest, result.getPrincipal(), java.util.List.copyOf(result.getAuthorities())));
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return store.supports(authentication);
  }

  private byte[] digest(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
