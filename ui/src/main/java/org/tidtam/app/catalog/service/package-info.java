/** The catalog in the database, its import checks and its administration rules. */
@NullMarked
package org.tidtam.app.catalog.service;

import org.jspecify.annotations.NullMarked;
