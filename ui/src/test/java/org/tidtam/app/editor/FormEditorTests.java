package org.tidtam.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.app.editor.ui.EditorPreviewView;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.Baht;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@ViewPackages(classes = EditorPreviewView.class)
class FormEditorTests extends BrowserlessTest {

  static final SubmissionService SERVICE = SubmissionService.create();
  static final FormContext CONTEXT = FormContext.of(Catalog.demoCatalog());

  private FormEditor open(String formId, Lang lang) {
    FormPlugin<?> plugin = SERVICE.plugin(formId);
    var editor = new FormEditor(SERVICE, plugin, CONTEXT, lang, SERVICE.sample(plugin).document());
    UI.getCurrent().add(editor);
    return editor;
  }

  private static JsonNode normalised(SubmissionDocument document) {
    return reencoded(SERVICE.read(document).orElseThrow()).document().data();
  }

  private static <F extends Record> Submission<F> reencoded(Submission<F> submission) {
    return SERVICE.of(submission.plugin(), submission.form());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Component> T at(FormEditor editor, String path) {
    return (T) editor.fieldAt(path).orElseThrow(() -> new AssertionError("no field " + path));
  }

  private void type(FormEditor editor, String path, String text) {
    TextField field = at(editor, path);
    test(field).setValue(text);
  }

  private static void blur(TextField field) {
    ComponentUtil.fireEvent(field, new BlurNotifier.BlurEvent<>(field, true));
  }

  private static String error(Component field) {
    var v = (HasValidation) field;
    return v.isInvalid() ? String.valueOf(v.getErrorMessage()) : "";
  }

  @Test
  void everyInstalledFormsSampleRoundTripsThroughTheEditor() {
    List<FormPlugin<?>> plugins = FormRegistry.load().all();
    assertThat(plugins).extracting(p -> p.id().value()).contains("7.1", "7.2", "7.3", "toy");
    for (FormPlugin<?> plugin : plugins) {
      var editor =
          new FormEditor(SERVICE, plugin, CONTEXT, Lang.TH, SERVICE.sample(plugin).document());

      SubmissionDocument out = editor.document();

      assertThat(out.form()).isEqualTo(plugin.id());
      assertThat(SERVICE.read(out).problems()).as(plugin.id().value()).isEmpty();
      assertThat(normalised(out))
          .as(plugin.id().value())
          .isEqualTo(normalised(SERVICE.sample(plugin).document()));
      assertThat(editor.isDirty()).isFalse();
    }
  }

  @Test
  void typingAnActivitysSpendingUpdatesTheComputedTotalAtOnce() {
    var editor = open("7.2", Lang.TH);
    TextField total = at(editor, "activitiesSpentTotal");
    BigDecimal before = Values.amount(total.getValue());
    BigDecimal spent = Values.amount(((TextField) at(editor, "activities[0].spent")).getValue());

    type(editor, "activities[0].spent", spent.add(new BigDecimal("1000")).toPlainString());

    assertThat(total.isReadOnly()).isTrue();
    assertThat(total.getValue()).isEqualTo(Baht.format(before.add(new BigDecimal("1000"))));
  }

  @Test
  void aComputedValueInsideATableRowFollowsItsRow() {
    var editor = open("7.2", Lang.TH);
    TextField remaining = at(editor, "fundingSources[0].remaining");
    String before = remaining.getValue();

    type(editor, "fundingSources[0].allocated", "999999999");

    assertThat(remaining.getValue()).isNotEqualTo(before).contains(",");
  }

  @Test
  void aNegativeAmountIsShownAtItsExactTableCell() {
    var editor = open("7.2", Lang.TH);

    type(editor, "activities[1].spent", "-5");

    assertThat(error(at(editor, "activities[1].spent"))).isNotBlank();
    assertThat(error(at(editor, "activities[0].spent"))).isEmpty();
    assertThat(error(at(editor, "activities[1].plannedBudget"))).isEmpty();
    assertThat(editor.violations()).extracting(Violation::path).contains("activities[1].spent");
  }

  @Test
  void aValueOutOfRangeIsShownAtItsField() {
    var editor = open("7.2", Lang.TH);

    test((com.vaadin.flow.component.textfield.BigDecimalField) at(editor, "progressPercent"))
        .setValue(new BigDecimal("150"));

    assertThat(error(at(editor, "progressPercent"))).contains("100");
  }

  @Test
  void addingRemovingAndMovingRowsChangesTheDocument() {
    var editor = open("7.2", Lang.TH);
    var table = (TableNode) editor.node("activities");
    int rows = table.size();
    String first = editor.document().data().get("activities").get(0).get("step").stringValue();
    String second = editor.document().data().get("activities").get(1).get("step").stringValue();

    test(table.addButton()).click();
    assertThat(editor.document().data().get("activities").size()).isEqualTo(rows + 1);
    assertThat(editor.document().data().get("activities").get(rows).get("step").isNull()).isTrue();
    assertThat(editor.fieldAt("activities[" + rows + "].spent")).isPresent();

    test(table.controls(0).down()).click();
    JsonNode moved = editor.document().data().get("activities");
    assertThat(moved.get(0).get("step").stringValue()).isEqualTo(second);
    assertThat(moved.get(1).get("step").stringValue()).isEqualTo(first);

    test(table.controls(1).up()).click();
    assertThat(editor.document().data().get("activities").get(0).get("step").stringValue())
        .isEqualTo(first);

    test(table.controls(rows).remove()).click();
    test(table.controls(0).remove()).click();
    JsonNode left = editor.document().data().get("activities");
    assertThat(left.size()).isEqualTo(rows - 1);
    assertThat(left.get(0).get("step").stringValue()).isEqualTo(second);
    assertThat(editor.isDirty()).isTrue();
  }

  @Test
  void aDateTypedInTheBuddhistEraIsStoredAsAnIsoDate() {
    var editor = open("7.2", Lang.TH);
    TextField start = at(editor, "actualStart");
    assertThat(start.getValue()).isEqualTo("10/11/2568");

    type(editor, "actualStart", "30/09/2569");

    assertThat(editor.document().data().get("actualStart").stringValue()).isEqualTo("2026-09-30");
    assertThat(start.getValue()).isEqualTo("30/09/2569");

    type(editor, "actualStart", "31/02/2569");

    assertThat(error(start)).contains("30/09/2569");
    assertThat(editor.check(Stage.DRAFT)).extracting(Violation::path).contains("actualStart");
  }

  @Test
  void moneyIsShownWithGroupedThousandsAndTwoDecimals() {
    var editor = open("7.2", Lang.TH);
    TextField planned = at(editor, "activities[2].plannedBudget");
    assertThat(planned.getValue()).isEqualTo("60,000.00");

    type(editor, "activities[2].plannedBudget", "1234567.5");
    blur(planned);

    assertThat(planned.getValue()).isEqualTo("1,234,567.50");
    assertThat(
            editor.document().data().get("activities").get(2).get("plannedBudget").decimalValue())
        .isEqualByComparingTo("1234567.5");

    type(editor, "activities[2].plannedBudget", "12,5oo");
    assertThat(error(planned)).isNotBlank();
  }

  @Test
  void theSubmitCheckListsWhatBlocksSubmissionAndLinksToIt() {
    var editor = open("7.2", Lang.TH);
    type(editor, "projectName", "");
    assertThat(error(at(editor, "projectName"))).as("a draft may leave it empty").isEmpty();

    List<Violation> problems = editor.check(Stage.SUBMIT);

    assertThat(problems)
        .filteredOn(Violation::isError)
        .extracting(Violation::path)
        .contains("projectName");
    assertThat(error(at(editor, "projectName"))).isNotBlank();
    List<Button> links =
        $(Button.class).all().stream().filter(b -> b.hasClassName("editor-problem-link")).toList();
    assertThat(links).extracting(Button::getText).anyMatch(t -> t.startsWith("ชื่อโครงการ:"));

    type(editor, "projectName", "โครงการใหม่");

    assertThat(editor.violations()).extracting(Violation::path).doesNotContain("projectName");
    assertThat(error(at(editor, "projectName"))).isEmpty();
  }

  @Test
  void aReadOnlyEditorLocksEveryField() {
    var editor = open("7.2", Lang.TH);

    editor.setReadOnly(true);

    List<String> paths = List.of("projectName", "activities[0].spent", "actualStart", "round");
    for (String path : paths) {
      assertThat(((HasValue<?, ?>) at(editor, path)).isReadOnly()).as(path).isTrue();
    }
    assertThat(((TableNode) editor.node("activities")).addButton().isVisible()).isFalse();
    assertThat(test((TextField) at(editor, "projectName")).isUsable()).isFalse();
  }

  @Test
  void speaksEnglishWhenTheUserDoes() {
    var editor = open("7.2", Lang.EN);

    assertThat(((TextField) at(editor, "projectName")).getLabel()).startsWith("Project name");
    assertThat(((TextField) at(editor, "activities[0].spent")).getLabel())
        .isEqualTo("Actual cost (baht)");
    assertThat($(H3.class).all()).extracting(H3::getText).contains("1. Project information");

    type(editor, "activities[1].spent", "-5");
    assertThat(error(at(editor, "activities[1].spent")))
        .matches(".*[A-Za-z].*")
        .doesNotMatch(".*[ก-๙].*");
  }

  @Test
  void tellsItsListenersOfEveryChange() {
    var editor = open("7.2", Lang.TH);
    List<SubmissionDocument> seen = new ArrayList<>();
    editor.addChangeListener(e -> seen.add(e.document()));

    type(editor, "projectName", "ชื่อใหม่");

    assertThat(seen).hasSize(1);
    assertThat(seen.getFirst().data().get("projectName").stringValue()).isEqualTo("ชื่อใหม่");
    assertThat(editor.isDirty()).isTrue();
    editor.markSaved();
    assertThat(editor.isDirty()).isFalse();
  }

  @Test
  void aPluginOnlyTheTestClasspathBringsOpensWithoutEditorCodeOfItsOwn() {
    var editor = open("toy", Lang.TH);
    // the toy's total is a plain decimal (no money kind): grouped, with the decimals it has
    assertThat(((TextField) at(editor, "totalSpent")).getValue()).isEqualTo("45,750.5");

    type(editor, "activities[1].spent", "1000");

    assertThat(((TextField) at(editor, "totalSpent")).getValue()).isEqualTo("29,500");
    assertThat(
            ((ObjectNode) editor.document().data())
                .get("activities")
                .get(1)
                .get("spent")
                .decimalValue())
        .isEqualByComparingTo("1000");
    assertThat(Arrays.stream(FormEditor.class.getPackage().getName().split("\\.")))
        .doesNotContain("toyform");
  }

  @Test
  void aCatalogChoiceOffersTheCatalogsItemsByTheirThaiNames() {
    var editor = open("7.2", Lang.TH);
    ComboBox<String> group = at(editor, "responsibleGroup");

    assertThat(group.getValue()).isEqualTo("SUPERVISION");
    String label = group.getItemLabelGenerator().apply("SUPERVISION");
    assertThat(label)
        .isEqualTo(
            CONTEXT
                .catalog()
                .item(ReferenceKind.ORG_GROUP, "SUPERVISION")
                .orElseThrow()
                .label()
                .th());
    assertThat(group.getGenericDataView().getItems().count())
        .isEqualTo(CONTEXT.catalog().items(ReferenceKind.ORG_GROUP, 0).size());
  }

  @Test
  void anEnumChoiceShowsItsLabelsAndStoresItsConstant() {
    var editor = open("7.2", Lang.TH);
    ComboBox<String> status = at(editor, "activities[0].status");

    assertThat(status.getItemLabelGenerator().apply(status.getValue())).matches(".*[ก-๙].*");
    test(status).selectItem(status.getItemLabelGenerator().apply("CANCELLED"));

    assertThat(editor.document().data().get("activities").get(0).get("status").stringValue())
        .isEqualTo("CANCELLED");
  }

  @Test
  void aPictureIsUploadedPreviewedAndRemoved() {
    var editor = open("7.2", Lang.TH);
    var photos = (TableNode) editor.node("photos");
    test(photos.addButton()).click();
    var image = (ImageNode) editor.node("photos[0].image");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    image.accept("กิจกรรม.png", "image/png", png);

    JsonNode stored = editor.document().data().get("photos").get(0).get("image");
    assertThat(stored.get("mediaType").stringValue()).isEqualTo("image/png");
    assertThat(Base64.getDecoder().decode(stored.get("data").stringValue())).isEqualTo(png);
    assertThat($(Image.class).all()).anyMatch(i -> i.getAlt().orElse("").equals("กิจกรรม.png"));

    image.accept("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(image.hasImage()).isTrue();
    assertThat(editor.check(Stage.DRAFT)).extracting(Violation::path).contains("photos[0].image");

    image.clear();
    assertThat(editor.document().data().get("photos").get(0).get("image").isNull()).isTrue();
  }
}
