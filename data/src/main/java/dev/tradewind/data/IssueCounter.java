package dev.tradewind.data;

import java.util.ArrayList;
import java.util.List;

/** Counts rows and keeps the first few line numbers. */
final class IssueCounter {
    private final List<Long> lines = new ArrayList<>();
    private long count;

    void add(long line) {
        if (count++ < RowIssues.SAMPLE) lines.add(line);
    }

    long count() { return count; }

    RowIssues toIssues() { return new RowIssues(count, lines); }
}
