package org.tidtam.submission;

import org.tidtam.form.FormId;
import tools.jackson.databind.JsonNode;

/**
 * A submission in its exchange format: which form and which version of its schema, and the data as
 * JSON. This is what the command line reads, the application stores and the API exchanges:
 *
 * <pre>{"form": "7.2", "schemaVersion": 1, "data": { ... }}</pre>
 */
public record SubmissionDocument(FormId form, int schemaVersion, JsonNode data) {}
