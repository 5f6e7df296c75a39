package dev.tradewind.data;

import dev.tradewind.model.BarSeries;

/** The bars a file held and how they were read. */
public record LoadResult(BarSeries series, LoadReport report) {}
