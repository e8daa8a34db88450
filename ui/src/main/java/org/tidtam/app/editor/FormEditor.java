package org.tidtam.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.schema.Field;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.FormSection;
import org.tidtam.submission.Reading;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Edits one submission of any form, laid out from the form's schema: its sections on one page with
 * a list to jump between them, a fitting field for every value, tables as rows to add, remove and
 * reorder, computed values kept up to date as the user types, and every problem shown at its field
 * in the user's language. A panel lists what still blocks submission and the warnings.
 *
 * <p>The host gives it the document to edit and takes {@link #document()} back, e.g. in a {@link
 * #addChangeListener change listener} that saves the draft.
 */
@StyleSheet("assets/editor/editor.css")
public class FormEditor extends Composite<Div> {

  private final SubmissionService service;
  private final FormPlugin<?> plugin;
  private final FormSchema schema;
  private final FormContext context;
  private final Lang lang;
  private final Editing editing;
  private final RecordNode root;
  private final Div panel = new Div();
  private final Button checkButton;
  private final List<Section> sections = new ArrayList<>();
  private Map<String, EditorNode> index = Map.of();
  private List<Violation> shown = List.of();
  private boolean dirty;
  private boolean readOnly;
  private boolean submitChecked;
  private boolean panelShown = true;

  /**
   * @param service the application's submission service: reads, checks and computes
   * @param plugin the form
   * @param context the catalog the choices come from and the other submissions cross-checks see
   * @param lang the user's language
   * @param initial the document to edit (a draft, a prefilled or a submitted one); one of an older
   *     schema version is upgraded first
   */
  public FormEditor(
      SubmissionService service,
      FormPlugin<?> plugin,
      FormContext context,
      Lang lang,
      SubmissionDocument initial) {
    this.service = service;
    this.plugin = plugin;
    this.schema = FormSchema.of(plugin);
    this.context = context;
    this.lang = lang;
    Reading reading = service.read(initial);
    JsonNode data = reading.ok() ? reading.orElseThrow().document().data() : initial.data();
    JsonNode year = data.path("fiscalYear");
    this.editing =
        new Editing(
            lang, context.catalog(), year.isInt() ? year.intValue() : 0, this::changedByUser);
    Field whole =
        new Field(
            "",
            FieldType.GROUP,
            schema.title(),
            null,
            schema.type(),
            false,
            false,
            List.of(),
            null,
            schema.fields(),
            Map.of());
    this.root = new RecordNode(whole, schema.fields(), data, editing);
    this.checkButton =
        new Button(
            text("ตรวจสอบความพร้อมก่อนส่ง", "Check before submitting"), e -> check(Stage.SUBMIT));
    layout();
    evaluate(Stage.DRAFT);
  }

  private String text(String th, String en) {
    return editing.text(th, en);
  }

  private void layout() {
    Div host = getContent();
    host.addClassName("tidtam-editor");
    host.getElement().setAttribute("lang", lang == Lang.EN ? "en" : "th");

    var title = new H2(schema.title().in(lang));
    title.addClassName("editor-title");
    checkButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    checkButton.addClassName("editor-check");
    var header = new Div(title, checkButton);
    header.addClassName("editor-header");

    var nav = new Nav();
    nav.addClassName("editor-nav");
    nav.setAriaLabel(text("ส่วนของแบบฟอร์ม", "Form sections"));
    var jump = new Select<Integer>();
    jump.addClassName("editor-nav-select");
    jump.setAriaLabel(text("ไปยังส่วน", "Go to section"));
    jump.setPlaceholder(text("ไปยังส่วน…", "Go to section…"));

    var main = new Div();
    main.addClassName("editor-main");
    panel.addClassName("editor-panel");
    panel.setId("editor-problems");
    main.add(panel);

    List<Integer> numbers = new ArrayList<>();
    List<FormSection> formSections = schema.sections();
    for (int i = 0; i < formSections.size(); i++) {
      FormSection s = formSections.get(i);
      String heading = heading(s, i);
      var section = new Section();
      section.addClassName("editor-section");
      section.setId("editor-section-" + (i + 1));
      section.add(new H3(heading));
      for (Field f : s.fields()) {
        section.add(root.child(f.name()).component());
      }
      main.add(section);
      sections.add(section);
      numbers.add(i);
      var link = new Button(heading, e -> section.scrollIntoView());
      link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      link.addClassName("editor-nav-link");
      nav.add(link);
    }
    jump.setItems(numbers);
    jump.setItemLabelGenerator(i -> heading(formSections.get(i), i));
    jump.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            sections.get(e.getValue()).scrollIntoView();
          }
        });
    main.add(root.errorArea());

    var body = new Div(nav, main);
    body.addClassName("editor-body");
    host.add(header, jump, body);
  }

  private String heading(FormSection s, int i) {
    LocalizedText t = s.title();
    String name = t == null ? schema.title().in(lang) : t.in(lang);
    String number = s.number() == null ? String.valueOf(i + 1) : s.number();
    return number + ". " + name;
  }

  // ---- what the host uses

  /** The document as the user has it now: every field of the form, computed values left out. */
  public SubmissionDocument document() {
    return new SubmissionDocument(plugin.id(), plugin.schemaVersion(), root.json());
  }

  /**
   * Checks the document at a stage and shows the result: errors at their fields, and in the panel
   * what blocks submission (after a {@link Stage#SUBMIT} check, which later changes keep up to
   * date), the warnings and the problems of the whole form. Values the editor could not read (an
   * unreadable date or amount) are errors too.
   */
  public List<Violation> check(Stage stage) {
    if (stage == Stage.SUBMIT) {
      submitChecked = true;
    }
    return evaluate(stage);
  }

  /**
   * The problems of the document at a stage, cross-checks and unreadable values included, without
   * changing what the fields show: e.g. what blocks submission while the user is still drafting.
   */
  public List<Violation> problems(Stage stage) {
    return collect(stage);
  }

  /**
   * Whether the editor shows its own panel of problems; a host that lists them itself turns it off.
   */
  public void setPanelShown(boolean shown) {
    this.panelShown = shown;
    panel.setVisible(shown && panel.getChildren().findAny().isPresent());
  }

  /** The problems shown now. */
  public List<Violation> violations() {
    return shown;
  }

  /** Whether the user changed anything since the editor opened or since {@link #markSaved()}. */
  public boolean isDirty() {
    return dirty;
  }

  /** Tells the editor that its document is saved: it is no longer dirty. */
  public void markSaved() {
    dirty = false;
  }

  /** Called after every change the user makes, with the editor as the event's source. */
  public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
    return addListener(ChangeEvent.class, listener);
  }

  /** Locks every field (an approved form, a reader's role); the panel and navigation stay. */
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    root.setReadOnly(readOnly);
    checkButton.setVisible(!readOnly);
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public Lang lang() {
    return lang;
  }

  public FormPlugin<?> plugin() {
    return plugin;
  }

  /**
   * The component that shows the value at a path such as {@code activities[2].spent} (a field, a
   * computed value, a table row or a table), or empty when the form has no such value now.
   */
  public Optional<Component> fieldAt(String path) {
    EditorNode node = index.get(path);
    if (node instanceof InputNode input) {
      return Optional.of(input.input());
    }
    return Optional.ofNullable(node).map(EditorNode::component);
  }

  /**
   * Scrolls to the value at a path (or the nearest table or group that holds it) and focuses it.
   */
  public void focus(String path) {
    EditorNode node = nodeFor(path);
    if (node != null) {
      node.focus();
    }
  }

  EditorNode node(String path) {
    EditorNode node = index.get(path);
    if (node == null) {
      throw new IllegalArgumentException("no value at " + path + "; known: " + index.keySet());
    }
    return node;
  }

  /** An event after the user changed a value, added, removed or moved a row. */
  public static final class ChangeEvent extends ComponentEvent<FormEditor> {
    public ChangeEvent(FormEditor source) {
      super(source, true);
    }

    public SubmissionDocument document() {
      return getSource().document();
    }
  }

  // ---- keeping computed values and problems up to date

  private void changedByUser() {
    dirty = true;
    evaluate(submitChecked ? Stage.SUBMIT : Stage.DRAFT);
    fireEvent(new ChangeEvent(this));
  }

  private List<Violation> evaluate(Stage stage) {
    List<Violation> found = collect(stage);
    show(found);
    return found;
  }

  private List<Violation> collect(Stage stage) {
    Map<String, EditorNode> fresh = new LinkedHashMap<>();
    root.index("", fresh);
    index = fresh;
    List<Violation> found = new ArrayList<>();
    Map<String, String> unreadable = new LinkedHashMap<>();
    root.inputProblems("", unreadable);
    unreadable.forEach((path, message) -> found.add(Violation.error(path, Message.of(message))));
    Reading reading = service.read(document());
    if (reading.ok()) {
      var submission = reading.orElseThrow();
      root.refresh(submission.form());
      found.addAll(service.check(submission, stage, context));
    } else {
      reading.problems().stream()
          .filter(p -> !unreadable.containsKey(p.path()))
          .forEach(found::add);
    }
    return List.copyOf(found);
  }

  private void show(List<Violation> found) {
    shown = List.copyOf(found);
    index.values().forEach(n -> n.showErrors(List.of()));
    Map<EditorNode, List<String>> at = new LinkedHashMap<>();
    List<Violation> unplaced = new ArrayList<>();
    for (Violation v : found) {
      if (!v.isError()) {
        continue;
      }
      EditorNode node = nodeFor(v.path());
      if (node == null) {
        unplaced.add(v);
      } else {
        List<String> messages = at.computeIfAbsent(node, n -> new ArrayList<>());
        String message = v.text(lang);
        if (!messages.contains(message)) {
          messages.add(message);
        }
      }
    }
    at.forEach(EditorNode::showErrors);
    drawPanel(found, unplaced);
  }

  /** The node at a path, else the nearest row, table or group holding it; null for the form. */
  private @Nullable EditorNode nodeFor(String path) {
    String p = path;
    while (!p.isEmpty()) {
      EditorNode node = index.get(p);
      if (node != null) {
        return node;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return null;
  }

  private void drawPanel(List<Violation> found, List<Violation> unplaced) {
    panel.removeAll();
    List<Violation> errors = found.stream().filter(Violation::isError).toList();
    List<Violation> warnings = found.stream().filter(v -> !v.isError()).toList();
    if (submitChecked) {
      if (errors.isEmpty()) {
        var ready = new Span(text("ไม่มีสิ่งที่ขัดข้อง ส่งแบบได้", "Nothing blocks submission"));
        ready.addClassName("editor-ready");
        panel.add(ready);
      } else {
        panel.add(
            list(
                text("ยังส่งไม่ได้ ต้องแก้ไข ", "Cannot submit yet, to fix: ") + errors.size(),
                errors,
                "editor-blockers"));
      }
    } else if (!unplaced.isEmpty()) {
      panel.add(
          list(text("ปัญหาของแบบฟอร์ม", "Problems of the form"), unplaced, "editor-unplaced"));
    }
    if (!warnings.isEmpty()) {
      panel.add(
          list(
              text("ข้อสังเกต (ไม่ขัดการส่ง)", "Warnings (do not block submission)"),
              warnings,
              "editor-warnings"));
    }
    panel.setVisible(panelShown && panel.getChildren().findAny().isPresent());
  }

  private Div list(String heading, List<Violation> violations, String className) {
    var items = new UnorderedList();
    for (Violation v : violations) {
      String where = describe(v.path());
      var link =
          new Button(
              where.isEmpty() ? v.text(lang) : where + ": " + v.text(lang), e -> focus(v.path()));
      link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      link.addClassName("editor-problem-link");
      items.add(new ListItem(link));
    }
    var box = new Div(new H3(heading), items);
    box.addClassName(className);
    return box;
  }

  /** A path as the user reads it: {@code กิจกรรม แถวที่ 2 › ใช้จ่าย (บาท)}. */
  public String describe(String path) {
    if (path.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    List<Field> level = schema.fields();
    for (String segment : path.split("\\.")) {
      String name = segment;
      String row = "";
      int bracket = segment.indexOf('[');
      if (bracket >= 0) {
        name = segment.substring(0, bracket);
        try {
          int i = Integer.parseInt(segment.substring(bracket + 1, segment.indexOf(']')));
          row = " " + text("แถวที่ ", "row ") + (i + 1);
        } catch (RuntimeException e) {
          row = segment.substring(bracket);
        }
      }
      String wanted = name;
      Optional<Field> f = level.stream().filter(x -> x.name().equals(wanted)).findFirst();
      parts.add(f.map(x -> x.label().in(lang)).orElse(name) + row);
      level = f.map(Field::children).orElse(List.of());
    }
    return String.join(" › ", parts);
  }
}
