package org.tidtam.form;

import java.util.regex.Pattern;

/**
 * The id of a form, such as {@code 7.2}. It names the form in the UI, the API and the command line,
 * and prefixes its template name and its validation message keys.
 */
public record FormId(String value) implements Comparable<FormId> {

  private static final Pattern VALID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");

  public FormId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a form id is 1-32 letters, digits, '.', '_' or '-', e.g. 7.2; got '" + value + "'");
    }
  }

  public static FormId of(String value) {
    return new FormId(value);
  }

  @Override
  public int compareTo(FormId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
