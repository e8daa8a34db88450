package org.tidtam.app.report.service;

import org.tidtam.report.ReportPart;

/**
 * A chapter or annex the annual report can print, as the builder lists it.
 *
 * @param key what the settings keep to choose it ({@link ReportChapters#key})
 * @param kind a chapter of the body or an annex
 * @param title its heading
 */
public record ReportChapter(String key, ReportPart.Kind kind, String title) {}
