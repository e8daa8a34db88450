package org.tidtam.validation;

import jakarta.validation.Payload;

/**
 * Payload that turns a constraint into a warning: it is reported but does not block submitting,
 * e.g. {@code @AssertTrue(payload = Warning.class)}.
 */
public final class Warning implements Payload {
  private Warning() {}
}
