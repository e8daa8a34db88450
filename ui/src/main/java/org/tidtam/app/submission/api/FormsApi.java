package org.tidtam.app.submission.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.schema.FormRegistry;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.JsonSchemaExporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The installed forms, each with its JSON Schema, so a client can build and check submissions. */
@RestController
@RequestMapping("/api/forms")
class FormsApi {

  /** One installed form. */
  record FormInfo(String id, LocalizedText title, int schemaVersion, JsonNode schema) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FormRegistry registry;

  FormsApi(FormRegistry registry) {
    this.registry = registry;
  }

  @GetMapping
  List<FormInfo> forms() {
    return registry.all().stream().map(FormsApi::info).toList();
  }

  private static FormInfo info(FormPlugin<?> plugin) {
    return new FormInfo(
        plugin.id().value(),
        plugin.title(),
        plugin.schemaVersion(),
        JSON.readTree(JsonSchemaExporter.export(FormSchema.of(plugin))));
  }
}
