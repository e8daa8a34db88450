/**
 * The application's own words in Thai and English: one Vaadin {@code I18NProvider} over a bundle
 * per screen area, so that each area keeps its keys in its own file.
 */
@NullMarked
package org.tidtam.app.i18n;

import org.jspecify.annotations.NullMarked;
