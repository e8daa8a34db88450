package org.tidtam.validation;

/**
 * The Jakarta Validation group of constraints that only apply when a form is submitted, not while
 * it is a draft: {@code @NotBlank(groups = Complete.class)}. Constraints in the default group apply
 * at both stages.
 */
public interface Complete {}
