package org.tidtam.form;

/** Derives {@link FormSchema}s from annotated records. */
final class SchemaDeriver {
  private SchemaDeriver() {}

  static FormSchema derive(FormPlugin<?> plugin) {
    throw new UnsupportedOperationException("schema derivation is being written");
  }
}
