package dev.tradewind.strategy;

/**
 * A pause of new entries. Exits and protective orders stay active; working entry orders are cancelled when it starts.
 * Calendar blocks end at the next start of the day, week (Monday) or month in the run's time zone.
 */
public sealed interface Block {
    /** Until the end of the current day. */
    record RestOfDay() implements Block {}

    /** For this day and the next {@code days - 1} days. */
    record Days(int days) implements Block {
        public Days {
            if (days < 1) throw new IllegalArgumentException("days must be >= 1");
        }
    }

    /** Until the end of the current week. */
    record ThisWeek() implements Block {}

    /** Until the end of the current month. */
    record ThisMonth() implements Block {}

    /** Until {@code epochNanos}. */
    record Until(long epochNanos) implements Block {}

    static Block restOfDay() { return new RestOfDay(); }
    static Block days(int n) { return new Days(n); }
    static Block thisWeek() { return new ThisWeek(); }
    static Block thisMonth() { return new ThisMonth(); }
    static Block until(long epochNanos) { return new Until(epochNanos); }
}
