/**
 * The dashboard's figures and memo from the database, for planners, executives and administrators.
 */
@NullMarked
package org.tidtam.app.dashboard.service;

import org.jspecify.annotations.NullMarked;
