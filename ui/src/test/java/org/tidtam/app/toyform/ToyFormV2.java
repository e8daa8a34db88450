package org.tidtam.app.toyform;

import java.util.List;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.SchemaMigration;
import org.tidtam.i18n.LocalizedText;
import tools.jackson.databind.JsonNode;

/** The toy form in its second version: version 1 called the unit's name {@code groupName}. */
public final class ToyFormV2 implements FormPlugin<ToyForm> {
  private final ToyFormPlugin v1 = new ToyFormPlugin();

  @Override
  public FormId id() {
    return v1.id();
  }

  @Override
  public Class<ToyForm> formType() {
    return ToyForm.class;
  }

  @Override
  public LocalizedText title() {
    return v1.title();
  }

  @Override
  public String templateName() {
    return v1.templateName();
  }

  @Override
  public String sampleResource() {
    return "/org/tidtam/app/toyform/sample-toy.json";
  }

  @Override
  public int schemaVersion() {
    return 2;
  }

  @Override
  public List<SchemaMigration> migrations() {
    return List.of(
        new SchemaMigration(
            1,
            data -> {
              JsonNode name = data.remove("groupName");
              if (name != null) {
                data.set("unitName", name);
              }
              return data;
            }));
  }
}
