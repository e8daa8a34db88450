package org.tidtam.app.security.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.security.domain.AppUser;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.i18n.Lang;

/**
 * In production ({@code postgres} profile) there are no demo users: the first start creates the
 * administrator {@code admin} with the password in {@code TIDTAM_ADMIN_PASSWORD}, and refuses to
 * start without it while no administrator exists.
 */
@Component
@Profile("postgres")
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final String password;

  AdministratorBootstrap(
      UserRepository users,
      PasswordEncoder encoder,
      @Value("${tidtam.admin-password:}") String password) {
    this.users = users;
    this.encoder = encoder;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (users.existsByRole(Role.ADMIN)) {
      return;
    }
    if (password.isBlank()) {
      throw new IllegalStateException(
          "ยังไม่มีผู้ดูแลระบบ: ตั้งรหัสผ่านผู้ดูแลระบบใน TIDTAM_ADMIN_PASSWORD แล้วเริ่มใหม่;"
              + " no administrator exists yet: set TIDTAM_ADMIN_PASSWORD to the password of"
              + " the first administrator (user admin) and start again");
    }
    users.save(new AppUser("admin", encoder.encode(password), Role.ADMIN, null, Lang.TH));
    log.info("Created the administrator 'admin' from TIDTAM_ADMIN_PASSWORD");
  }
}
