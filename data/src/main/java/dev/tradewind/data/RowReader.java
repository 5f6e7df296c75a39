package dev.tradewind.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Checks and collects the data rows of one file, applying the bad-row policy; one instance per load. */
final class RowReader {
    private final String source;
    private final Columns cols;
    private final LoadOptions options;
    private final TimeParser times;
    private final BarChunks bars = new BarChunks();
    private final IssueCounter skipped = new IssueCounter();
    private final IssueCounter repaired = new IssueCounter();
    private long rowsRead;
    private long outOfRange;
    private long prevTime = Long.MIN_VALUE;
    private CsvRecord prev;

    RowReader(String source, Columns cols, LoadOptions options) {
        this.source = source;
        this.cols = cols;
        this.options = options;
        this.times = new TimeParser(options.zone());
    }

    long rowsRead() { return rowsRead; }

    void accept(CsvRecord r) throws DataException {
        rowsRead++;
        try {
            read(r);
        } catch (BadValue e) {
            if (options.badRows() != BadRowPolicy.SKIP) {
                String field = e.column < 0 ? "" : "field '" + cols.names()[e.column] + "': ";
                throw DataException.at(source, r.getStartingLineNumber(), field + e.getMessage());
            }
            skipped.add(r.getStartingLineNumber());
        }
    }

    /** The bars read; fails if SKIP dropped every row, which is never what a caller wants. */
    LoadResult result(String symbol) throws DataException {
        if (rowsRead > 0 && skipped.count() == rowsRead) {
            throw new DataException(source + ": every data row was skipped as bad: " + skipped.toIssues()
                    + "; load with BadRowPolicy.FAIL to see why");
        }
        LoadReport report = new LoadReport(source, cols.layout(),
                cols.adjClose() >= 0 ? PriceColumn.ADJ_CLOSE : PriceColumn.CLOSE, times.seen(), options.zone(),
                rowsRead, bars.size(), skipped.toIssues(), repaired.toIssues(), outOfRange);
        return new LoadResult(bars.toSeries(symbol), report);
    }

    private void read(CsvRecord r) throws BadValue {
        int fields = r.getFieldCount();
        int expected = cols.names().length;
        if (fields > expected) {
            throw new BadValue(-1, fields + " fields where the " + (cols.header() ? "header" : "first row") + " has "
                    + expected + " (field " + (expected + 1) + ": " + BadValue.quote(r.getField(expected))
                    + "); an unquoted comma inside a value, such as a thousands separator?");
        }
        if (fields < cols.minFields()) {
            throw new BadValue(-1, "expected " + (cols.header() ? cols.names().length : cols.minFields())
                    + " fields, got " + fields);
        }
        long t = cols.time2() >= 0
                ? times.parse(r.getField(cols.time()), r.getField(cols.time2()), cols.time(), cols.time2(), prevTime)
                : times.parse(r.getField(cols.time()), cols.time(), prevTime);
        double o = number(r, cols.open());
        double h = number(r, cols.high());
        double l = number(r, cols.low());
        double c = number(r, cols.close());
        double v = number(r, cols.volume());
        if (v < 0) {
            throw new BadValue(cols.volume(), "expected a number >= 0, got " + BadValue.quote(r.getField(cols.volume())));
        }
        double adj = cols.adjClose() >= 0 ? number(r, cols.adjClose()) : c;
        double ratio = adj / c;
        if (cols.adjClose() >= 0 && (!(ratio > 0) || Double.isInfinite(ratio))) {
            throw new BadValue(cols.adjClose(), "cannot adjust a close of " + BadValue.quote(r.getField(cols.close()))
                    + " to " + BadValue.quote(r.getField(cols.adjClose())));
        }
        if (prev != null && t <= prevTime) {
            if (t == prevTime && options.badRows() != BadRowPolicy.FAIL) {
                skipped.add(r.getStartingLineNumber());
                return;
            }
            throw new BadValue(-1, "time " + BadValue.quote(timeText(r)) + " is not after the previous time "
                    + BadValue.quote(timeText(prev)) + " (line " + prev.getStartingLineNumber() + ")");
        }
        if (h < l || h < o || h < c || l > o || l > c) {
            if (options.badRows() != BadRowPolicy.REPAIR) throw new BadValue(-1, inconsistency(r, o, h, l, c));
            h = Math.max(h, Math.max(o, c));
            l = Math.min(l, Math.min(o, c));
            repaired.add(r.getStartingLineNumber());
        }
        prevTime = t;
        prev = r;
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

    private String inconsistency(CsvRecord r, double o, double h, double l, double c) {
        String hi = "high " + r.getField(cols.high()).strip();
        String lo = "low " + r.getField(cols.low()).strip();
        if (h < l) return hi + " is below " + lo;
        if (h < o) return hi + " is below open " + r.getField(cols.open()).strip();
        if (h < c) return hi + " is below close " + r.getField(cols.close()).strip();
        if (l > o) return lo + " is above open " + r.getField(cols.open()).strip();
        return lo + " is above close " + r.getField(cols.close()).strip();
    }

    private String timeText(CsvRecord r) {
        String t = r.getField(cols.time()).strip();
        return cols.time2() < 0 ? t : t + " " + r.getField(cols.time2()).strip();
    }

    private static double number(CsvRecord r, int column) throws BadValue {
        String s = r.getField(column);
        try {
            double v = JavaDoubleParser.parseDouble(s); // the same syntax and bits as Double.parseDouble, faster
            if (Double.isFinite(v) && plainDecimal(s)) return v;
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new BadValue(column, "expected a number, got " + BadValue.quote(s));
    }

    /** Java's parser also takes {@code 100d}, {@code 1.5f} and hex {@code 0x1p3}; a data file means none of them. */
    private static boolean plainDecimal(String s) {
        String t = s.strip();
        char last = t.charAt(t.length() - 1);
        return last != 'd' && last != 'D' && last != 'f' && last != 'F' && t.indexOf('x') < 0 && t.indexOf('X') < 0;
    }
}
