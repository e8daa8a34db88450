package org.tidtam.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormId;
import org.tidtam.form.Image;
import org.tidtam.form.Kind;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.testforms.Bounded;
import org.tidtam.testforms.Person;
import org.tidtam.testforms.Row;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestPlugins;
import org.tidtam.testforms.TestReport;

public class SchemaDeriverTests {

  private final FormSchema schema = FormSchema.of(new TestFormPlugin());

  private Field field(String path) {
    return schema.field(path).orElseThrow(() -> new AssertionError("no field " + path));
  }

  @Test
  void carriesThePluginsIdVersionTitleAndType() {
    assertThat(schema.id()).isEqualTo(FormId.of("T.1"));
    assertThat(schema.version()).isEqualTo(2);
    assertThat(schema.title().th()).isEqualTo("แบบรายงานทดสอบ");
    assertThat(schema.type()).isEqualTo(TestReport.class);
  }

  @Test
  void splitsSectionsAtSectionAnnotationsAfterAnUntitledLeadingSection() {
    assertThat(schema.sections())
        .extracting(FormSection::number)
        .containsExactly(null, "1", "2", "3");
    assertThat(schema.sections().get(0).title()).isNull();
    assertThat(schema.sections().get(0).fields())
        .extracting(Field::name)
        .containsExactly("projectName", "fiscalYear");
    assertThat(schema.sections().get(1).title())
        .isEqualTo(LocalizedText.of("ข้อมูลทั่วไป", "General"));
    assertThat(schema.sections().get(2).fields())
        .extracting(Field::name)
        .containsExactly("rows", "schools", "targets", "problems");
  }

  @Test
  void appendsComputedValuesToTheLastSectionInDeclarationOrder() {
    List<Field> last = schema.sections().get(3).fields();
    assertThat(last)
        .extracting(Field::name)
        .containsExactly(
            "reporter", "signature", "photos", "totalSpent", "disbursementPct", "isActive");
    assertThat(last.subList(3, 6)).allMatch(Field::computed);
    assertThat(field("totalSpent").type()).isEqualTo(FieldType.MONEY);
    assertThat(field("isActive").type()).isEqualTo(FieldType.YES_NO);
    assertThat(field("projectName").computed()).isFalse();
  }

  @Test
  void appendsComputedValuesOfRowsAsTrailingColumns() {
    assertThat(field("rows").children())
        .extracting(Field::name, Field::computed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", false),
            org.assertj.core.groups.Tuple.tuple("allocated", false),
            org.assertj.core.groups.Tuple.tuple("amount", false),
            org.assertj.core.groups.Tuple.tuple("remaining", true));
  }

  @Test
  void infersEveryFieldTypeFromTheJavaType() {
    Map<String, FieldType> expected =
        Map.ofEntries(
            Map.entry("projectName", FieldType.TEXT),
            Map.entry("fiscalYear", FieldType.INTEGER),
            Map.entry("group", FieldType.CHOICE),
            Map.entry("status", FieldType.CHOICE),
            Map.entry("startDate", FieldType.DATE),
            Map.entry("centralBudget", FieldType.YES_NO),
            Map.entry("budget", FieldType.MONEY),
            Map.entry("targetPercent", FieldType.PERCENT),
            Map.entry("summary", FieldType.LONG_TEXT),
            Map.entry("rows", FieldType.TABLE),
            Map.entry("schools", FieldType.MULTI_CHOICE),
            Map.entry("targets", FieldType.MULTI_CHOICE),
            Map.entry("problems", FieldType.TABLE),
            Map.entry("reporter", FieldType.GROUP),
            Map.entry("signature", FieldType.IMAGE),
            Map.entry("photos", FieldType.TABLE));
    expected.forEach((name, type) -> assertThat(field(name).type()).as(name).isEqualTo(type));
  }

  @Test
  void describesTablesAndGroupsByTheirChildren() {
    assertThat(field("rows").javaType()).isEqualTo(Row.class);
    assertThat(field("rows.amount").type()).isEqualTo(FieldType.MONEY);
    assertThat(field("reporter").javaType()).isEqualTo(Person.class);
    assertThat(field("reporter.name").label().th()).isEqualTo("ชื่อ-นามสกุล");
    assertThat(field("problems").children())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("value");
              assertThat(c.type()).isEqualTo(FieldType.TEXT);
            });
    assertThat(field("photos").children())
        .singleElement()
        .extracting(Field::type)
        .isEqualTo(FieldType.IMAGE);
    assertThat(field("photos").javaType()).isEqualTo(Image.class);
  }

  @Test
  void takesChoicesFromLabelsAnnotationsOrNames() {
    assertThat(field("status").choices())
        .containsExactly(
            new Choice("DONE", LocalizedText.of("ดำเนินการแล้ว", "Done")),
            new Choice("IN_PROGRESS", LocalizedText.of("อยู่ระหว่างดำเนินการ", "In progress")));
    assertThat(field("priority").choices())
        .extracting(c -> c.label().th())
        .containsExactly("สูง", "ต่ำ");
    assertThat(field("targets").choices())
        .containsExactly(
            new Choice("STUDENTS", LocalizedText.of("STUDENTS", "STUDENTS")),
            new Choice("TEACHERS", LocalizedText.of("TEACHERS", "TEACHERS")));
  }

  @Test
  void marksCatalogReferences() {
    assertThat(field("group").reference()).isEqualTo(ReferenceKind.ORG_GROUP);
    assertThat(field("group").choices()).isEmpty();
    assertThat(field("schools").reference()).isEqualTo(ReferenceKind.SCHOOL);
    assertThat(field("status").reference()).isNull();
  }

  @Test
  void labelsInThaiAndEnglishWithHelp() {
    assertThat(field("budget").label()).isEqualTo(LocalizedText.of("งบประมาณ", "Budget"));
    assertThat(field("summary").help())
        .isEqualTo(LocalizedText.of("สรุปผลการดำเนินงานโดยย่อ", "A short summary of the results"));
    assertThat(field("budget").help()).isNull();
  }

  public record Plain(String note) {}

  @Test
  void labelsFallBackToTheComponentName() {
    Field note = FormSchema.of(TestPlugins.of("P.1", Plain.class)).fields().getFirst();
    assertThat(note.label()).isEqualTo(LocalizedText.of("note", "note"));
    assertThat(note.required()).isFalse();
    assertThat(note.constraints()).isEmpty();
  }

  @Test
  void requiresWhatNotNullNotBlankOrNotEmptyDemandInDefaultOrComplete() {
    assertThat(field("projectName").required()).isTrue();
    assertThat(field("fiscalYear").required()).isTrue();
    assertThat(field("status").required()).isTrue();
    assertThat(field("rows").required()).isTrue();
    assertThat(field("rows.amount").required()).isTrue();
    assertThat(field("priority").required()).isFalse();
    assertThat(field("reportDate").required()).isFalse();
    assertThat(field("totalSpent").required()).isFalse();
  }

  @Test
  void readsBoundsFromTheConstraints() {
    assertThat(field("projectName").constraints()).containsEntry("maxLength", 200);
    assertThat(field("fiscalYear").constraints())
        .containsEntry("min", new BigDecimal("2560"))
        .containsEntry("max", new BigDecimal("2600"));
    assertThat(field("budget").constraints())
        .containsEntry("min", new BigDecimal("0.00"))
        .containsEntry("integerDigits", 12)
        .containsEntry("fractionDigits", 2);
    assertThat(field("targetPercent").constraints()).containsEntry("max", new BigDecimal("100"));
    assertThat(field("phone").constraints())
        .containsEntry("pattern", List.of("0[0-9]{1,2}-[0-9]{3}-[0-9]{4}"));
    assertThat(field("rows").constraints()).containsEntry("maxItems", 50);
    assertThat(field("rows.amount").constraints()).containsEntry("min", BigDecimal.ZERO);
    assertThat(field("reportDate").constraints()).isEmpty();
  }

  private static Field bounded(String path) {
    return FormSchema.of(TestPlugins.of("T.3", Bounded.class))
        .field(path)
        .orElseThrow(() -> new AssertionError("no field " + path));
  }

  @Test
  void readsTheConstraintsOfListElementsIntoTheValueChild() {
    Field tags = bounded("tags");
    assertThat(tags.constraints()).containsEntry("minItems", 1).containsEntry("maxItems", 3);
    Field tag = tags.children().getFirst();
    assertThat(tag.name()).isEqualTo("value");
    assertThat(tag.required()).isTrue();
    assertThat(tag.constraints()).containsEntry("maxLength", 30).containsEntry("notBlank", true);
    assertThat(bounded("codes").children().getFirst().constraints())
        .containsEntry("pattern", List.of("[0-9]{3}"));
    assertThat(bounded("codes").children().getFirst().required()).isFalse();
  }

  @Test
  void describesTheElementsOfAMultiChoiceByAValueChild() {
    Field schools = bounded("schools");
    assertThat(schools.type()).isEqualTo(FieldType.MULTI_CHOICE);
    assertThat(schools.constraints()).containsEntry("maxItems", 2);
    assertThat(schools.children())
        .singleElement()
        .satisfies(
            value -> {
              assertThat(value.type()).isEqualTo(FieldType.CHOICE);
              assertThat(value.reference()).isEqualTo(ReferenceKind.SCHOOL);
              assertThat(value.constraints()).containsEntry("maxLength", 10);
            });
    assertThat(field("targets").children().getFirst().choices())
        .extracting(Choice::value)
        .containsExactly("STUDENTS", "TEACHERS");
  }

  @Test
  void readsTextRules() {
    assertThat(bounded("code").constraints())
        .containsEntry("notBlank", true)
        .containsEntry("maxLength", 20);
    assertThat(bounded("title").constraints()).containsEntry("minLength", 1);
    assertThat(bounded("title").required()).isTrue();
    assertThat(bounded("shortText").constraints())
        .containsEntry("minLength", 2)
        .containsEntry("maxLength", 5);
    assertThat(bounded("length").constraints()).containsEntry("maxLength", 10);
    assertThat(bounded("email").constraints()).containsEntry("format", "email");
    assertThat(bounded("note").constraints())
        .containsEntry("cleanText", true)
        .containsEntry("notBlank", true);
    assertThat(bounded("flagged").constraints()).containsEntry("pattern", List.of("(?i)[a-z]{2}"));
  }

  @Test
  void leavesWarningsAndDatesRelativeToTodayOutOfTheRules() {
    assertThat(bounded("warned").constraints()).isEmpty();
    assertThat(bounded("founded").constraints()).isEmpty();
  }

  @Test
  void readsNumericRules() {
    assertThat(bounded("positive").constraints()).containsEntry("exclusiveMin", BigDecimal.ZERO);
    assertThat(bounded("negative").constraints()).containsEntry("exclusiveMax", BigDecimal.ZERO);
    assertThat(bounded("share").constraints())
        .containsEntry("exclusiveMin", BigDecimal.ZERO)
        .containsEntry("exclusiveMax", new BigDecimal("100"));
    assertThat(bounded("rating").constraints())
        .containsEntry("min", BigDecimal.ONE)
        .containsEntry("max", new BigDecimal("5"));
    assertThat(bounded("agreed").constraints()).containsEntry("const", true);
  }

  @Test
  void derivesEachRecordTypeOnce() {
    FormSchema again = FormSchema.of(new TestFormPlugin());
    assertThat(again.sections()).isSameAs(schema.sections());
  }

  public record Money(double amount) {}

  @Test
  void rejectsDoubleAndSaysToUseBigDecimal() {
    assertThatThrownBy(() -> FormSchema.of(TestPlugins.of("P.2", Money.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Money.amount")
        .hasMessageContaining("double")
        .hasMessageContaining("use BigDecimal");
  }

  record Stamp(LocalDateTime at) {}

  record Bag(Map<String, String> values) {}

  record Rows(Set<Plain> plains) {}

  record Wrong(@Kind(FieldType.MONEY) String name) {}

  record Ref(@CatalogRef(ReferenceKind.SCHOOL) Integer school) {}

  @Test
  void rejectsOtherUnsupportedDeclarationsPrecisely() {
    assertThatThrownBy(() -> FormSchema.of(TestPlugins.of("P.3", Stamp.class)))
        .hasMessageContaining("Stamp.at")
        .hasMessageContaining("use LocalDate");
    assertThatThrownBy(() -> FormSchema.of(TestPlugins.of("P.4", Bag.class)))
        .hasMessageContaining("Bag.values")
        .hasMessageContaining("record");
    assertThatThrownBy(() -> FormSchema.of(TestPlugins.of("P.5", Rows.class)))
        .hasMessageContaining("Rows.plains")
        .hasMessageContaining("use List<Plain>");
    assertThatThrownBy(() -> FormSchema.of(TestPlugins.of("P.6", Wrong.class)))
        .hasMessageContaining("Wrong.name")
        .hasMessageContaining("@Kind(MONEY)");
    assertThatThrownBy(() -> FormSchema.of(TestPlugins.of("P.7", Ref.class)))
        .hasMessageContaining("Ref.school")
        .hasMessageContaining("@CatalogRef needs a String");
  }

  record Node(String name, List<Node> children) {}

  @Test
  void rejectsRecordsThatContainThemselves() {
    assertThatThrownBy(() -> FormSchema.of(TestPlugins.of("P.8", Node.class)))
        .hasMessageContaining("Node.children")
        .hasMessageContaining("contains itself");
  }
}
