/**
 * The form SPI: what a form plugin implements and sees (annotations, the plugin, its context and
 * the facts it publishes).
 */
@NullMarked
package org.tidtam.form;

import org.jspecify.annotations.NullMarked;
