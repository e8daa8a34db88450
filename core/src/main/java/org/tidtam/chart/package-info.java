/**
 * Charts drawn on the server with JFreeChart, in a Thai font, as PNG images of a fixed size: the
 * dashboard shows them beside their tables and the annual report places the same images in its Word
 * document. {@link org.tidtam.chart.ChartImages} draws any chart; {@link
 * org.tidtam.figures.DashboardCharts} makes the charts of the dashboard's figures from these.
 */
@NullMarked
package org.tidtam.chart;

import org.jspecify.annotations.NullMarked;
