package dev.tradewind.engine;

import dev.tradewind.model.LogLine;

import dev.tradewind.strategy.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Collects a run's log lines in memory, in order, and hands each to a sink as it is written (if one is set). */
final class RunLog implements Log {
    private final List<LogLine> lines = new ArrayList<>();
    private final LongSupplier clock;
    private java.util.function.Consumer<LogLine> sink;

    RunLog(LongSupplier clock) { this.clock = clock; }

    @Override public void info(String format, Object... args) { add("INFO", format, args); }
    @Override public void warn(String format, Object... args) { add("WARN", format, args); }

    private void add(String level, String format, Object[] args) {
        LogLine line = new LogLine(clock.getAsLong(), level, args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args));
        lines.add(line);
        if (sink != null) sink.accept(line);
    }

    void sink(java.util.function.Consumer<LogLine> s) { sink = s; }

    List<LogLine> lines() { return lines; }
}
