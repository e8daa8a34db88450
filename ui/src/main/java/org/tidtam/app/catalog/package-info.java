/**
 * Catalog administration: the office's reference lists kept in the database, edited, imported from
 * CSV or Excel with a preview, exported, and copied from one fiscal year to the next.
 */
@NullMarked
package org.tidtam.app.catalog;

import org.jspecify.annotations.NullMarked;
