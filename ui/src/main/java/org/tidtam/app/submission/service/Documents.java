package org.tidtam.app.submission.service;

import java.util.Optional;
import org.tidtam.form.FormId;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The envelope JSON of stored rows, read without binding (binding is the service's job). */
final class Documents {

  static final ObjectMapper JSON = JsonMapper.builder().build();

  private Documents() {}

  static Optional<SubmissionDocument> envelope(SubmissionService service, String json) {
    try {
      JsonNode node = JSON.readTree(json);
      JsonNode form = node.get("form");
      JsonNode version = node.get("schemaVersion");
      JsonNode data = node.get("data");
      if (form == null || !form.isString() || version == null || !version.isInt() || data == null) {
        return Optional.empty();
      }
      return Optional.of(new SubmissionDocument(FormId.of(form.asString()), version.asInt(), data));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static ObjectNode object(JsonNode node) {
    return node instanceof ObjectNode o ? o.deepCopy() : JSON.createObjectNode();
  }
}
