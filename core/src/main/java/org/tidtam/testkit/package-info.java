/**
 * Test support for form plugin authors: one harness checks a plugin end to end ({@link
 * org.tidtam.testkit.FormPluginHarness}); {@link org.tidtam.testkit.SchemaConformance} checks that
 * the form's JSON Schema says every rule it can, with documents made from the schema by {@link
 * org.tidtam.testkit.JsonSchemaSamples}; {@link org.tidtam.testkit.RandomValues} gives the seeded
 * values of property tests written as JUnit parameterised tests.
 */
@NullMarked
package org.tidtam.testkit;

import org.jspecify.annotations.NullMarked;
