package dev.tradewind.engine;

import dev.tradewind.strategy.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Collects a run's log lines in memory, in order. */
final class RunLog implements Log {
    private final List<LogLine> lines = new ArrayList<>();
    private final LongSupplier clock;

    RunLog(LongSupplier clock) { this.clock = clock; }

    @Override public void info(String format, Object... args) { add("INFO", format, args); }
    @Override public void warn(String format, Object... args) { add("WARN", format, args); }

    private void add(String level, String format, Object[] args) {
        lines.add(new LogLine(clock.getAsLong(), level, args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args)));
    }

    List<LogLine> lines() { return lines; }
}
