package org.tidtam.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.schema.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An attached picture: uploaded into memory (PNG or JPEG, at most {@value #MAX_BYTES} bytes),
 * previewed, removable; kept in the JSON as {@code {fileName, mediaType, data}} with the bytes in
 * base64.
 */
final class ImageNode extends EditorNode {

  static final int MAX_BYTES = 2 * 1024 * 1024;

  private final Editing editing;
  private final Div box = new Div();
  private final Div preview = new Div();
  private final Span error = new Span();
  private final Upload upload = new Upload();
  private final Button remove;
  private @Nullable String fileName;
  private @Nullable String mediaType;
  private byte @Nullable [] data;
  private @Nullable String problem;
  private boolean readOnly;

  ImageNode(Field field, @Nullable JsonNode value, Editing editing) {
    super(field);
    this.editing = editing;
    if (value != null && value.isObject()) {
      fileName = value.path("fileName").isString() ? value.path("fileName").stringValue() : null;
      mediaType = value.path("mediaType").isString() ? value.path("mediaType").stringValue() : null;
      try {
        data =
            value.path("data").isString()
                ? Base64.getMimeDecoder().decode(value.path("data").stringValue())
                : null;
      } catch (IllegalArgumentException e) {
        data = null;
      }
    }
    var label = new Span(field.label().in(editing.lang()) + (field.required() ? " *" : ""));
    label.addClassName("editor-label");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (meta, bytes) -> {
              UI ui = upload.getUI().orElse(null);
              if (ui != null) {
                ui.access(() -> accept(meta.fileName(), meta.contentType(), bytes));
              }
            }));
    upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
    upload.setMaxFileSize(MAX_BYTES);
    upload.setMaxFiles(1);
    upload.addFileRejectedListener(
        e -> {
          problem =
              editing.text(
                  "รับเฉพาะไฟล์ PNG หรือ JPEG ขนาดไม่เกิน 2 MB",
                  "Only PNG or JPEG files of at most 2 MB");
          showErrors(List.of());
        });
    remove = new Button(editing.text("ลบรูป", "Remove picture"), e -> clear());
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    error.addClassName("editor-error");
    box.addClassNames("editor-field", "editor-image");
    box.add(label, preview, remove, upload, error);
    showPreview();
  }

  /** Takes an uploaded file, refusing what is not a PNG or JPEG picture of at most 2 MB. */
  void accept(@Nullable String name, @Nullable String type, byte[] bytes) {
    upload.clearFileList();
    String kind = mediaTypeOf(bytes);
    if (kind == null || bytes.length > MAX_BYTES) {
      problem =
          editing.text(
              "รับเฉพาะไฟล์ PNG หรือ JPEG ขนาดไม่เกิน 2 MB",
              "Only PNG or JPEG files of at most 2 MB");
      showErrors(List.of());
      return;
    }
    problem = null;
    fileName = name;
    mediaType = kind;
    data = bytes;
    showPreview();
    editing.changed().run();
  }

  void clear() {
    fileName = null;
    mediaType = null;
    data = null;
    problem = null;
    showPreview();
    editing.changed().run();
  }

  private static @Nullable String mediaTypeOf(byte[] b) {
    if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
      return "image/jpeg";
    }
    return null;
  }

  private void showPreview() {
    preview.removeAll();
    byte[] bytes = data;
    if (bytes != null && mediaType != null) {
      String name = fileName == null ? "image" : fileName;
      String type = mediaType;
      var img =
          new Image(
              DownloadHandler.fromInputStream(
                  e ->
                      new DownloadResponse(
                          new ByteArrayInputStream(bytes), name, type, bytes.length)),
              name);
      img.addClassName("editor-image-preview");
      preview.add(img, new Span(name));
    }
    remove.setVisible(bytes != null && !readOnly);
  }

  boolean hasImage() {
    return data != null;
  }

  @Override
  Component component() {
    return box;
  }

  @Override
  JsonNode json() {
    if (data == null || mediaType == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    if (fileName == null) {
      o.putNull("fileName");
    } else {
      o.put("fileName", fileName);
    }
    o.put("mediaType", mediaType);
    o.put("data", Base64.getEncoder().encodeToString(data));
    return o;
  }

  @Override
  void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    upload.setVisible(!readOnly);
    remove.setVisible(!readOnly && data != null);
  }

  @Override
  void showErrors(List<String> messages) {
    List<String> all = new ArrayList<>();
    if (problem != null) {
      all.add(problem);
    }
    all.addAll(messages);
    error.setText(String.join(" ", all));
    error.setVisible(!all.isEmpty());
  }

  @Override
  void inputProblems(String path, Map<String, String> out) {
    if (problem != null) {
      out.put(path, problem);
    }
  }
}
