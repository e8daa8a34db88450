package org.tidtam.app.e2e;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tidtam.app.security.service.CurrentActor;

/**
 * A page only for signed-in users, present in the tests only: it names the signed-in user, so a
 * browser test can tell that a sign-in reached the server's session.
 */
@Route(value = "e2e/signed-in", autoLayout = false)
@PermitAll
class SignedInView extends VerticalLayout {

  SignedInView(CurrentActor actors) {
    Span user = new Span(actors.get().username());
    user.setId("signed-in-user");
    add(user);
  }
}
