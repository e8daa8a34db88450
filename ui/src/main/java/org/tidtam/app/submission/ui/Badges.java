package org.tidtam.app.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.submission.domain.SubmissionStatus;

/** A submission's status as a coloured badge: grey draft, blue submitted, red returned, green. */
final class Badges {

  private Badges() {}

  /** The badge of a status; {@code null} is a form not started yet. */
  static Badge status(Component owner, @Nullable SubmissionStatus status) {
    var badge =
        new Badge(owner.getTranslation("status." + (status == null ? "NOT_STARTED" : status)));
    badge.addClassName("status-badge");
    if (status == null) {
      badge.addClassName("status-not-started");
      return badge;
    }
    badge.addClassName("status-" + status.name().toLowerCase(java.util.Locale.ROOT));
    switch (status) {
      case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
      case SUBMITTED -> {}
      case RETURNED -> badge.addThemeVariants(BadgeVariant.ERROR);
      case APPROVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
    }
    return badge;
  }
}
