package org.tidtam.app.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.security.ui.LoginView;
import org.tidtam.app.submission.ui.MyFormsView;
import org.tidtam.app.submission.ui.ReviewView;

/**
 * The root: sends each user to their work (staff to the forms they owe, reviewers and the executive
 * to the review) and a visitor to the sign-in page.
 */
@Route("")
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver {

  private final CurrentActor actors;

  HomeView(CurrentActor actors) {
    this.actors = actors;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    actors
        .find()
        .ifPresentOrElse(
            actor -> event.forwardTo(actor.is(Role.STAFF) ? MyFormsView.class : ReviewView.class),
            () -> event.forwardTo(LoginView.class));
  }
}
