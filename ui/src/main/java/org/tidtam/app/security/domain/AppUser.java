package org.tidtam.app.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;

/** A person who signs in: a role, the unit they report for (staff only) and their language. */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(nullable = false, unique = true)
  private String username = "";

  @Column(name = "password_hash", nullable = false)
  private String passwordHash = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role = Role.EXECUTIVE;

  @Column(name = "unit_code")
  private @Nullable String unitCode;

  @Column(name = "preferred_language", nullable = false)
  private String preferredLanguage = "th";

  protected AppUser() {}

  public AppUser(
      String username, String passwordHash, Role role, @Nullable String unitCode, Lang language) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.unitCode = unitCode;
    this.preferredLanguage = language.name().toLowerCase(java.util.Locale.ROOT);
  }

  public @Nullable Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public @Nullable String getUnitCode() {
    return unitCode;
  }

  public Lang getPreferredLanguage() {
    return Lang.of(preferredLanguage);
  }

  public void setPreferredLanguage(Lang language) {
    this.preferredLanguage = language.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The user as the service layer sees them. */
  public Actor actor() {
    return new Actor(username, role, unitCode, getPreferredLanguage());
  }
}
