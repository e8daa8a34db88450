package org.tidtam.form;

/** The field types a form schema knows; the editor, the JSON Schema and the linter follow them. */
public enum FieldType {
  /** One line of text, at most 255 characters. */
  TEXT,
  /** Several lines of Thai text, line breaks kept. */
  LONG_TEXT,
  /** A whole number ({@code Integer}, {@code Long}). */
  INTEGER,
  /** A decimal number ({@code BigDecimal}). */
  DECIMAL,
  /** An amount in baht ({@code BigDecimal}, 2 decimals, shown {@code #,##0.00}). */
  MONEY,
  /** A percentage ({@code BigDecimal}, 2 decimals). */
  PERCENT,
  /** A date ({@code LocalDate}, stored ISO/CE, shown in the Buddhist Era). */
  DATE,
  /** Yes or no ({@code Boolean}). */
  YES_NO,
  /** One value from an enum or from the catalog. */
  CHOICE,
  /** Several values from an enum or from the catalog. */
  MULTI_CHOICE,
  /** A repeating table of sub-records (or of single values). */
  TABLE,
  /** A nested record shown as a group of fields. */
  GROUP,
  /** An image attachment ({@link Image}). */
  IMAGE
}
