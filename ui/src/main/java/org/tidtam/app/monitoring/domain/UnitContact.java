package org.tidtam.app.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.tidtam.monitoring.Contact;

/** Whom to call about a unit's reports: a school, group or project code with its contact. */
@Entity
@Table(name = "unit_contact")
public class UnitContact {

  @Id
  @Column(name = "unit_code")
  private String unitCode = "";

  @Column(nullable = false)
  private String person = "";

  @Column private @Nullable String phone;

  @Column private @Nullable String email;

  protected UnitContact() {}

  public UnitContact(String unitCode, Contact contact) {
    this.unitCode = unitCode;
    this.person = contact.person();
    this.phone = contact.phone();
    this.email = contact.email();
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Contact contact() {
    return new Contact(person, phone, email);
  }
}
