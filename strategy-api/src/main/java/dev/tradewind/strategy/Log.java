package dev.tradewind.strategy;

/** The run's log: each line is stamped with the current bar time and kept with the run's results. */
public interface Log {
    /** Logs a message; {@code args} fill {@code %s}-style placeholders as in {@link String#format}. */
    void info(String format, Object... args);

    void warn(String format, Object... args);
}
