/**
 * A toy form, on the application's test classpath only: it proves that a plugin the application was
 * not built with appears in the registry, the command line and the start page. Made with the {@code
 * new-form} command (its starter record, sample and Word template); its resources are in the test
 * resources ({@code META-INF/services}, {@code ValidationMessages*}, {@code templates/}).
 */
@NullMarked
package org.tidtam.app.toyform;

import org.jspecify.annotations.NullMarked;
