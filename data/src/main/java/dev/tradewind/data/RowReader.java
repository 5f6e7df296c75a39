package dev.tradewind.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.tradewind.model.BarSeries;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks and collects the data rows of one file, applying the bad-row policy; one instance per load. Numbers and
 * times are parsed from the row's chars; Strings are made only for messages.
 */
final class RowReader {
    private final String source;
    private final Columns cols;
    private final LoadOptions options;
    private final TimeParser times;
    private final BarChunks bars;
    private final IssueCounter skipped = new IssueCounter();
    private final IssueCounter repaired = new IssueCounter();
    private final Row prev = new Row(); // the time field(s) of the last row kept, for the message on a time going back
    private boolean hasPrev;
    private long rowsRead;
    private long outOfRange;
    private long prevTime = Long.MIN_VALUE;

    /** A reader of the rows after the header; {@code lines} counts the file's lines, or is null. */
    RowReader(String source, Columns cols, LoadOptions options, BarStream stream, LineCount lines) {
        this(source, cols, options, new BarChunks(stream, lines == null ? null : stored -> {
            long all = lines.lines();
            if (all < 0) return null;
            long n = all - (cols.header() ? 1 : 0); // the most rows after the header
            return n > stored && n < Integer.MAX_VALUE - 8 ? BarChunks.Target.of((int) n) : BarChunks.NONE;
        }));
    }

    /** A reader whose bars go into {@code bars}. */
    RowReader(String source, Columns cols, LoadOptions options, BarChunks bars) {
        this.source = source;
        this.bars = bars;
        this.cols = cols;
        this.options = options;
        this.times = new TimeParser(options.zone());
    }

    long rowsRead() { return rowsRead; }

    void accept(Row r) throws DataException {
        rowsRead++;
        try {
            read(r);
        } catch (BadValue e) {
            if (options.badRows() != BadRowPolicy.SKIP) {
                String field = e.column < 0 ? "" : "field '" + cols.names()[e.column] + "': ";
                throw DataException.at(source, r.line(), field + e.getMessage());
            }
            skipped.add(r.line());
        }
    }

    /** The bars read; fails if SKIP dropped every row, which is never what a caller wants. */
    LoadResult result(String symbol) throws DataException {
        return result(bars.toSeries(symbol), rowsRead, times.seen());
    }

    /** Whether any row was skipped, repaired or out of the time range. */
    boolean anyIssue() { return skipped.count() > 0 || repaired.count() > 0 || outOfRange > 0; }

    /**
     * The result of a file read in two halves: this reader's rows, then {@code second}'s (which has no {@link #anyIssue}),
     * as {@code series}.
     */
    LoadResult joined(BarSeries series, RowReader second) throws DataException {
        Set<TimeFormat> seen = EnumSet.noneOf(TimeFormat.class);
        seen.addAll(times.seen());
        seen.addAll(second.times.seen());
        return result(series, rowsRead + second.rowsRead, seen);
    }

    private LoadResult result(BarSeries series, long read, Set<TimeFormat> seen) throws DataException {
        if (read > 0 && skipped.count() == read) {
            throw new DataException(source + ": every data row was skipped as bad: " + skipped.toIssues()
                    + "; load with BadRowPolicy.FAIL to see why");
        }
        LoadReport report = new LoadReport(source, cols.layout(),
                cols.adjClose() >= 0 ? PriceColumn.ADJ_CLOSE : PriceColumn.CLOSE, seen, options.zone(),
                read, series.size(), skipped.toIssues(), repaired.toIssues(), outOfRange);
        return new LoadResult(series, report);
    }

    private void read(Row r) throws BadValue {
        int fields = r.size();
        int expected = cols.names().length;
        if (fields > expected) {
            throw new BadValue(-1, fields + " fields where the " + (cols.header() ? "header" : "first row") + " has "
                    + expected + " (field " + (expected + 1) + ": " + BadValue.quote(r.text(expected))
                    + "); an unquoted comma inside a value, such as a thousands separator?");
        }
        if (fields < cols.minFields()) {
            throw new BadValue(-1, "expected " + (cols.header() ? cols.names().length : cols.minFields())
                    + " fields, got " + fields);
        }
        long t = cols.time2() >= 0
                ? times.parse(r, cols.time(), cols.time2(), prevTime)
                : times.parse(r, cols.time(), prevTime);
        double o = number(r, cols.open());
        double h = number(r, cols.high());
        double l = number(r, cols.low());
        double c = number(r, cols.close());
        double v = number(r, cols.volume());
        if (v < 0) {
            throw new BadValue(cols.volume(), "expected a number >= 0, got " + BadValue.quote(r.text(cols.volume())));
        }
        double adj = cols.adjClose() >= 0 ? number(r, cols.adjClose()) : c;
        double ratio = adj / c;
        if (cols.adjClose() >= 0 && (!(ratio > 0) || Double.isInfinite(ratio))) {
            throw new BadValue(cols.adjClose(), "cannot adjust a close of " + BadValue.quote(r.text(cols.close()))
                    + " to " + BadValue.quote(r.text(cols.adjClose())));
        }
        if (hasPrev && t <= prevTime) {
            if (t == prevTime && options.badRows() != BadRowPolicy.FAIL) {
                skipped.add(r.line());
                return;
            }
            String now = cols.time2() < 0 ? timeText(r, cols.time(), -1) : timeText(r, cols.time(), cols.time2());
            throw new BadValue(-1, "time " + BadValue.quote(now) + " is not after the previous time "
                    + BadValue.quote(timeText(prev, 0, cols.time2() < 0 ? -1 : 1)) + " (line " + prev.line() + ")");
        }
        if (h < l || h < o || h < c || l > o || l > c) {
            if (options.badRows() != BadRowPolicy.REPAIR) throw new BadValue(-1, inconsistency(r, o, h, l, c));
            h = Math.max(h, Math.max(o, c));
            l = Math.min(l, Math.min(o, c));
            repaired.add(r.line());
        }
        prevTime = t;
        remember(r);
        if (t < options.from() || t >= options.to()) {
            outOfRange++;
            return;
        }
        if (cols.adjClose() >= 0) {
            bars.add(t, o * ratio, Math.max(h * ratio, adj), Math.min(l * ratio, adj), adj, v);
        } else {
            bars.add(t, o, h, l, c, v);
        }
    }

    private void remember(Row r) {
        hasPrev = true;
        prev.begin(r.line());
        prev.add(r, cols.time());
        if (cols.time2() >= 0) prev.add(r, cols.time2());
    }

    private String inconsistency(Row r, double o, double h, double l, double c) {
        String hi = "high " + r.text(cols.high()).strip();
        String lo = "low " + r.text(cols.low()).strip();
        if (h < l) return hi + " is below " + lo;
        if (h < o) return hi + " is below open " + r.text(cols.open()).strip();
        if (h < c) return hi + " is below close " + r.text(cols.close()).strip();
        if (l > o) return lo + " is above open " + r.text(cols.open()).strip();
        return lo + " is above close " + r.text(cols.close()).strip();
    }

    /** A row's time as shown in messages: the time field, or the date and time-of-day fields, stripped. */
    private static String timeText(Row r, int time, int time2) {
        String t = r.text(time).strip();
        return time2 < 0 ? t : t + " " + r.text(time2).strip();
    }

    private static double number(Row r, int column) throws BadValue {
        char[] s = r.chars();
        int from = r.start(column);
        int to = r.end(column);
        try {
            double v = JavaDoubleParser.parseDouble(s, from, to - from); // the same syntax and bits as Double.parseDouble
            if (Double.isFinite(v) && plainDecimal(s, from, to)) return v;
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new BadValue(column, "expected a number, got " + BadValue.quote(r.text(column)));
    }

    /**
     * Java's parser also takes {@code 100d}, {@code 1.5f} and hex {@code 0x1p3}; a data file means none of them. Called
     * on text the parser accepted, so a hex number is one that starts with 0x after the sign; blanks are trimmed as the
     * parser trims them (every char up to a space).
     */
    private static boolean plainDecimal(char[] s, int from, int to) {
        while (from < to && s[from] <= ' ') from++;
        while (to > from && s[to - 1] <= ' ') to--;
        if (to == from) return false;
        char last = s[to - 1];
        if (last == 'd' || last == 'D' || last == 'f' || last == 'F') return false;
        if (s[from] == '-' || s[from] == '+') from++;
        return to - from < 2 || s[from] != '0' || (s[from + 1] != 'x' && s[from + 1] != 'X');
    }
}
