package dev.tradewind.data;

import dev.tradewind.model.Times;

/**
 * A run of missing bars between two bars present in the data.
 *
 * @param first   open time of the first missing bar (epoch ns)
 * @param last    open time of the last missing bar (epoch ns)
 * @param missing how many bars are missing (only times the calendar expects)
 */
public record Gap(long first, long last, long missing) {
    /** {@code 2023-08-05T10:00:00Z..2023-08-05T10:04:00Z (5 bars)}, or {@code 2023-08-05T10:00:00Z (1 bar)}. */
    @Override
    public String toString() {
        String range = first == last ? Times.format(first) : Times.format(first) + ".." + Times.format(last);
        return range + " (" + missing + (missing == 1 ? " bar)" : " bars)");
    }
}
