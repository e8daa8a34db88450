package org.tidtam.app.report.service;

import java.time.Instant;
import org.tidtam.figures.PublicSummary;

/**
 * A published year as the public sees it: its summary (aggregates only), computed from what the
 * published edition froze, and the summary's Word document as it was stored.
 */
public record PublishedYear(
    int fiscalYear, int revision, Instant publishedAt, PublicSummary summary, byte[] summaryDocx) {}
