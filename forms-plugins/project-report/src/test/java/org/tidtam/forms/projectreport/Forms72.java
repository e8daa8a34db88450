package org.tidtam.forms.projectreport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import org.tidtam.validation.Warning;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixtures of form 7.2: the sample submission, record copies and Thai validation. */
final class Forms72 {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Locale THAI = Locale.of("th", "TH");
  private static final Validator VALIDATOR = validator();

  private Forms72() {}

  /** The plugin's sample submission (a complete 12-month report). */
  static ProjectReport sample() {
    return read("sample-7.2.json");
  }

  static ProjectReport read(String resource) {
    try (InputStream in = ProjectReportPlugin.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      JsonNode envelope = JSON.readTree(in);
      return JSON.treeToValue(envelope.get("data"), ProjectReport.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates like the form layer: Thai messages, SUBMIT adds the Complete group. */
  static List<Violation> validate(Record form, Stage stage) {
    Class<?>[] groups =
        stage == Stage.DRAFT
            ? new Class<?>[] {Default.class}
            : new Class<?>[] {Default.class, Complete.class};
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Record> v : VALIDATOR.validate(form, groups)) {
      boolean warning = v.getConstraintDescriptor().getPayload().contains(Warning.class);
      String path = v.getPropertyPath().toString().replace(".<list element>", "");
      out.add(new Violation(path, v.getMessage(), warning ? Severity.WARNING : Severity.ERROR));
    }
    out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return out;
  }

  static List<Violation> submit(Record form) {
    return validate(form, Stage.SUBMIT);
  }

  /** A copy of a record with one component replaced. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String component, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(component)) {
          args[i] = value;
          found = true;
        } else {
          args[i] = components[i].getAccessor().invoke(record);
        }
      }
      if (!found) {
        throw new IllegalArgumentException(record.getClass() + " has no component " + component);
      }
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of a form with one cell of one table row replaced. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R withRow(R form, String table, int row, String column, Object value) {
    try {
      List<Record> rows =
          new ArrayList<>((List<Record>) form.getClass().getMethod(table).invoke(form));
      rows.set(row, with(rows.get(row), column, value));
      return with(form, table, rows);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Validator validator() {
    MessageInterpolator thai =
        new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator("ValidationMessages", null, true));
    MessageInterpolator fixed =
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return thai.interpolate(template, context, THAI);
          }

          @Override
          public String interpolate(String template, Context context, Locale locale) {
            return thai.interpolate(template, context, locale);
          }
        };
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(fixed)
        .buildValidatorFactory()
        .getValidator();
  }
}
