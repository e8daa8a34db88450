package org.tidtam.validation;

/** How complete a submission must be: a draft may be incomplete, a submission may not. */
public enum Stage {
  /** Saving a draft: only the format of what was entered is checked. */
  DRAFT,
  /** Submitting: everything required must be there, and the cross-field rules hold. */
  SUBMIT
}
