package dev.tradewind.data;

import java.util.List;

/**
 * Rows the loader skipped or repaired.
 *
 * @param count      how many
 * @param firstLines the file line numbers of the first few (at most {@link #SAMPLE})
 */
public record RowIssues(long count, List<Long> firstLines) {
    /** How many line numbers are kept. */
    public static final int SAMPLE = 5;

    public RowIssues { firstLines = List.copyOf(firstLines); }

    /** {@code 3 (lines 4, 9, 12)}, or {@code 0}. */
    @Override
    public String toString() {
        if (count == 0) return "0";
        String lines = firstLines.toString().replace("[", "").replace("]", "");
        return count + " (line" + (count == 1 ? " " : "s ") + lines + (count > firstLines.size() ? ", ..." : "") + ")";
    }
}
