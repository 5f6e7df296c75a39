package dev.tradewind.options;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Loads an option chain snapshot from CSV, plain or gzip (detected from the content), in one of two layouts, detected
 * from the header:
 * <ul>
 * <li>long: one row per contract, {@code quote_date,expiration,strike,option_type,bid_size_HHMM,bid_HHMM,
 *     ask_size_HHMM,ask_HHMM,underlying_bid_HHMM,underlying_ask_HHMM,...} (Cboe DataShop end-of-day); the quote time
 *     is the {@code HHMM} of the column names and the spot the mid of the underlying's quote;</li>
 * <li>wide: one row per strike, {@code Date,ExpDate,Strike,CallBid,CallAsk,...,PutBid,PutAsk,...}; no spot, no quote
 *     time ({@link ChainFormat#quoteTime()} is used).</li>
 * </ul>
 * Every row must be of the same quote date; a bad number or date fails the load with one {@link OptionDataException}
 * line naming file, line and field, and so does a second quote for the same contract unless {@link OnDuplicate#KEEP_FIRST}
 * is asked for (then {@link Chain#duplicatesSkipped()} counts them). Stateless and thread-safe.
 */
public final class ChainLoader {
    private ChainLoader() {}

    private static final double MS_PER_YEAR = 365.0 * 86_400_000.0;

    /**
     * What to do with a second quote for the same contract (expiry, strike, call or put). Real files have them: the
     * 2025-09-03 SPXW snapshot lists the 2025-09-10 expiry twice, the second time with a day's more time value (the
     * 2025-09-11 series under the wrong date, by its prices).
     */
    public enum OnDuplicate { FAIL, KEEP_FIRST }

    /** Loads a file; a duplicate contract fails the load. */
    public static Chain load(Path file, ChainFormat format) throws OptionDataException {
        return load(file, format, OnDuplicate.FAIL);
    }

    /** Loads a file. */
    public static Chain load(Path file, ChainFormat format, OnDuplicate onDuplicate) throws OptionDataException {
        String source = file.toString();
        try (InputStream raw = Files.newInputStream(file); InputStream in = open(raw)) {
            return read(source, new InputStreamReader(in, StandardCharsets.UTF_8), format, onDuplicate);
        } catch (NoSuchFileException e) {
            throw new OptionDataException(source + ": file not found");
        } catch (IOException e) {
            throw new OptionDataException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads CSV text; {@code source} names it in messages. Does not close the reader. */
    public static Chain read(String source, Reader in, ChainFormat format, OnDuplicate onDuplicate)
            throws OptionDataException {
        try {
            CsvReader<CsvRecord> csv = CsvReader.builder().ignoreDifferentFieldCount(false).skipEmptyLines(true).ofCsvRecord(in);
            Iterator<CsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) throw new OptionDataException(source + ": empty file, expected a header and rows");
            CsvRecord header = rows.next();
            Map<String, Integer> cols = new HashMap<>();
            for (int i = 0; i < header.getFieldCount(); i++) {
                String name = header.getField(i).strip();
                if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1);
                cols.put(name.toLowerCase(Locale.ROOT), i);
            }
            Builder b = cols.containsKey("option_type") ? new LongLayout(source, cols, format)
                    : cols.containsKey("callbid") ? new WideLayout(source, cols, format) : null;
            if (b != null) b.keepFirst = onDuplicate == OnDuplicate.KEEP_FIRST;
            if (b == null) {
                throw OptionDataException.at(source, 1, "unknown layout: expected a long layout (quote_date, expiration, "
                        + "strike, option_type, bid_HHMM, ask_HHMM, ...) or a wide one (Date, ExpDate, Strike, CallBid, "
                        + "CallAsk, PutBid, PutAsk, ...)");
            }
            while (rows.hasNext()) b.accept(rows.next());
            return b.build();
        } catch (CsvParseException e) {
            throw new OptionDataException(source + ": malformed CSV: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new OptionDataException(source + ": cannot read: " + e.getCause().getMessage(), e);
        }
    }

    private static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Rows into per-expiry strike maps, then slices. */
    private abstract static class Builder {
        final String source;
        final Map<String, Integer> cols;
        final ChainFormat format;
        LocalDate quoteDate;
        LocalTime quoteTime;
        boolean keepFirst;
        int duplicates;
        double spot = Double.NaN;
        /** expiry -> strike -> {callBid, callAsk, putBid, putAsk} */
        final TreeMap<LocalDate, TreeMap<Double, double[]>> byExpiry = new TreeMap<>();

        Builder(String source, Map<String, Integer> cols, ChainFormat format) {
            this.source = source;
            this.cols = cols;
            this.format = format;
        }

        abstract void accept(CsvRecord row) throws OptionDataException;

        int column(String name) throws OptionDataException {
            Integer i = cols.get(name.toLowerCase(Locale.ROOT));
            if (i == null) throw OptionDataException.at(source, 1, "missing column '" + name + "'");
            return i;
        }

        String text(CsvRecord row, int col) { return row.getField(col).strip(); }

        double number(CsvRecord row, int col, String name) throws OptionDataException {
            String t = text(row, col);
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v) || v < 0) throw new NumberFormatException();
                return v;
            } catch (NumberFormatException e) {
                throw OptionDataException.at(source, row.getStartingLineNumber(), "field '" + name
                        + "': expected a number >= 0, got '" + t + "'");
            }
        }

        double strike(CsvRecord row, int col, String name) throws OptionDataException {
            double k = number(row, col, name);
            if (k == 0) throw OptionDataException.at(source, row.getStartingLineNumber(), "field '" + name + "': strike must be > 0");
            return k;
        }

        LocalDate date(CsvRecord row, int col, String name) throws OptionDataException {
            String t = text(row, col);
            try {
                return LocalDate.parse(t);
            } catch (DateTimeException e) {
                throw OptionDataException.at(source, row.getStartingLineNumber(), "field '" + name
                        + "': expected a date YYYY-MM-DD, got '" + t + "'");
            }
        }

        void quoteDate(CsvRecord row, LocalDate d, String name) throws OptionDataException {
            if (quoteDate == null) quoteDate = d;
            else if (!quoteDate.equals(d)) {
                throw OptionDataException.at(source, row.getStartingLineNumber(), "field '" + name + "': " + d
                        + " differs from the first row's " + quoteDate + "; a chain file holds one snapshot");
            }
        }

        void put(CsvRecord row, LocalDate expiry, double strike, int offset, double bid, double ask, String what)
                throws OptionDataException {
            if (expiry.isBefore(quoteDate)) {
                throw OptionDataException.at(source, row.getStartingLineNumber(), "expiry " + expiry + " is before the quote date " + quoteDate);
            }
            double[] q = byExpiry.computeIfAbsent(expiry, e -> new TreeMap<>()).computeIfAbsent(strike,
                    k -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
            if (!Double.isNaN(q[offset])) {
                if (keepFirst) {
                    duplicates++;
                    return;
                }
                throw OptionDataException.at(source, row.getStartingLineNumber(), "duplicate " + what + " " + expiry + " strike " + strike);
            }
            q[offset] = bid;
            q[offset + 1] = ask;
        }

        Chain build() throws OptionDataException {
            if (byExpiry.isEmpty()) throw new OptionDataException(source + ": no rows after the header");
            ZonedDateTime quoted = ZonedDateTime.of(quoteDate, quoteTime, format.zone());
            Map<LocalDate, ChainSlice> slices = new LinkedHashMap<>();
            for (Map.Entry<LocalDate, TreeMap<Double, double[]>> e : byExpiry.entrySet()) {
                ZonedDateTime expires = ZonedDateTime.of(e.getKey(), format.expiryTime(), format.zone());
                double years = Math.max(ChronoUnit.MILLIS.between(quoted, expires), 0) / MS_PER_YEAR;
                int n = e.getValue().size();
                double[] k = new double[n], cb = new double[n], ca = new double[n], pb = new double[n], pa = new double[n];
                int i = 0;
                for (Map.Entry<Double, double[]> s : e.getValue().entrySet()) {
                    k[i] = s.getKey();
                    cb[i] = s.getValue()[0];
                    ca[i] = s.getValue()[1];
                    pb[i] = s.getValue()[2];
                    pa[i] = s.getValue()[3];
                    i++;
                }
                slices.put(e.getKey(), new ChainSlice(e.getKey(), expires, years, k, cb, ca, pb, pa));
            }
            return new Chain(format.underlying(), quoted, spot, slices, duplicates);
        }
    }

    /** One row per contract, Cboe DataShop style. */
    private static final class LongLayout extends Builder {
        private final int date, expiration, strike, type, bid, ask, ulBid, ulAsk;
        private final String bidName, askName;

        LongLayout(String source, Map<String, Integer> cols, ChainFormat format) throws OptionDataException {
            super(source, cols, format);
            String suffix = cols.keySet().stream().filter(c -> c.matches("bid_\\d{4}")).findFirst()
                    .map(c -> c.substring(4)).orElseThrow(() -> OptionDataException.at(source, 1,
                            "missing column 'bid_HHMM' (the bid at a time of day, e.g. bid_1545)"));
            try {
                quoteTime = LocalTime.of(Integer.parseInt(suffix.substring(0, 2)), Integer.parseInt(suffix.substring(2)));
            } catch (DateTimeException e) {
                throw OptionDataException.at(source, 1, "column 'bid_" + suffix + "': " + suffix + " is not a time HHMM");
            }
            date = column("quote_date");
            expiration = column("expiration");
            strike = column("strike");
            type = column("option_type");
            bidName = "bid_" + suffix;
            askName = "ask_" + suffix;
            bid = column(bidName);
            ask = column(askName);
            ulBid = column("underlying_bid_" + suffix);
            ulAsk = column("underlying_ask_" + suffix);
        }

        @Override void accept(CsvRecord row) throws OptionDataException {
            quoteDate(row, date(row, date, "quote_date"), "quote_date");
            if (Double.isNaN(spot)) {
                double ub = number(row, ulBid, "underlying_bid");
                double ua = number(row, ulAsk, "underlying_ask");
                spot = ub > 0 && ua > 0 ? 0.5 * (ub + ua) : Math.max(ub, ua);
            }
            String t = text(row, type);
            int offset = switch (t) {
                case "C", "c", "call", "CALL" -> 0;
                case "P", "p", "put", "PUT" -> 2;
                default -> throw OptionDataException.at(source, row.getStartingLineNumber(),
                        "field 'option_type': expected C or P, got '" + t + "'");
            };
            put(row, date(row, expiration, "expiration"), strike(row, strike, "strike"), offset,
                    number(row, bid, bidName), number(row, ask, askName), offset == 0 ? "call" : "put");
        }
    }

    /** One row per strike with call and put columns. */
    private static final class WideLayout extends Builder {
        private final int date, expiration, strike, callBid, callAsk, putBid, putAsk;

        WideLayout(String source, Map<String, Integer> cols, ChainFormat format) throws OptionDataException {
            super(source, cols, format);
            quoteTime = format.quoteTime();
            date = column("Date");
            expiration = column("ExpDate");
            strike = column("Strike");
            callBid = column("CallBid");
            callAsk = column("CallAsk");
            putBid = column("PutBid");
            putAsk = column("PutAsk");
        }

        @Override void accept(CsvRecord row) throws OptionDataException {
            quoteDate(row, date(row, date, "Date"), "Date");
            LocalDate exp = date(row, expiration, "ExpDate");
            double k = strike(row, strike, "Strike");
            put(row, exp, k, 0, number(row, callBid, "CallBid"), number(row, callAsk, "CallAsk"), "strike row");
            put(row, exp, k, 2, number(row, putBid, "PutBid"), number(row, putAsk, "PutAsk"), "strike row");
        }
    }
}
