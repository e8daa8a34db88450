package org.tidtam.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.tidtam.app.security.ui.LoginView;

/**
 * Two doors over the same users: the JSON API under {@code /api} with HTTP Basic, stateless and
 * without CSRF (clients are scripts, not browsers with a session); and the Vaadin application with
 * its sign-in view and route-level access. The service layer checks the same rules again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The users' stored passwords, with each right pair remembered for a while (HTTP Basic). */
  @Bean
  AuthenticationProvider authenticationProvider(
      UserDetailsService users, PasswordEncoder passwordEncoder) {
    DaoAuthenticationProvider store = new DaoAuthenticationProvider(users);
    store.setPasswordEncoder(passwordEncoder);
    return new VerifiedPasswords(store, Duration.ofMinutes(5));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        // a plain 401 with the challenge: sendError would forward to /error, which the
        // application's chain answers with a redirect to the sign-in page
        .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::challenge))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::challenge))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .build();
  }

  private static void challenge(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"tidtam\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
  }

  @Bean
  @Order(2)
  SecurityFilterChain openApiChain(HttpSecurity http) throws Exception {
    return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
    // the application's style sheets style the sign-in page too
    http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
    return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
  }
}
