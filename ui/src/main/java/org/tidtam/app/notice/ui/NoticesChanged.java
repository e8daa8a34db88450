package org.tidtam.app.notice.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI when the signed-in user read a notice, so that the header's count of unread
 * notices follows at once.
 */
public class NoticesChanged extends ComponentEvent<UI> {

  public NoticesChanged(UI ui) {
    super(ui, false);
  }

  /** Tells the UI's listeners. */
  public static void fire(UI ui) {
    ComponentUtil.fireEvent(ui, new NoticesChanged(ui));
  }
}
