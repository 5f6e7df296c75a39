package dev.tradewind.data;

import dev.tradewind.model.BarSeries;

/** A series after a gap policy, and what was done. */
public record GapResult(BarSeries series, GapReport report) {}
