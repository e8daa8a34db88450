package org.tidtam.forms.esamonitoring;

import org.tidtam.thai.Round;

/**
 * What a draft is made for: a fiscal year, a round and a unit (here a group code). Same shape as
 * the core's {@code org.tidtam.form.PrefillRequest} of the form-context contract; this copy goes
 * when core provides it.
 */
public record PrefillRequest(int fiscalYear, Round round, String unitCode) {}
