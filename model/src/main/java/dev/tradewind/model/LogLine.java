package dev.tradewind.model;

/** One line of a run's log, stamped with the bar time (epoch ns) it was written at. */
public record LogLine(long time, String level, String message) {}
