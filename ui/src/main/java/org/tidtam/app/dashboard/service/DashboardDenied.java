package org.tidtam.app.dashboard.service;

import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/** The user's role does not see the dashboard (a school's or a group's staff). */
public final class DashboardDenied extends LocalizedException {

  DashboardDenied() {
    super(Message.of("tidtam.app.dashboard.denied"));
  }
}
