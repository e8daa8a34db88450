/** Languages and bilingual texts shared by every other package. */
@NullMarked
package org.tidtam.i18n;

import org.jspecify.annotations.NullMarked;
