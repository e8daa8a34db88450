/** The form SPI: what a form plugin implements and what the host derives from it. */
@NullMarked
package org.tidtam.form;

import org.jspecify.annotations.NullMarked;
