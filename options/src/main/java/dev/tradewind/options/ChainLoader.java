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
import dev.tradewind.model.OptionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
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
 * Volume and open interest ({@code trade_volume, open_interest}; {@code CallVolume, CallOI, PutVolume, PutOI}) and the
 * wide layout's last prices ({@code CallPrice, PutPrice}; 0 means no trade) are read when the file has them
 * ({@link Chain#quotes()}). Every row must be of the same quote date; a bad number or date fails the load with one {@link OptionDataException}
 * line naming file, line and field, and so does a second quote for the same contract unless {@link OnDuplicate#KEEP_FIRST}
 * is asked for (then {@link Chain#duplicatesSkipped()} counts them). Stateless and thread-safe.
 */
public final class ChainLoader {
    private ChainLoader() {}

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
        final List<OptionQuote> quotes = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

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

        /** An optional column's index, or -1. */
        int optional(String name) {
            Integer i = cols.get(name.toLowerCase(Locale.ROOT));
            return i == null ? -1 : i;
        }

        /** An optional column's number, NaN when the file has no such column; {@code zeroIsMissing}: 0 is NaN too. */
        double optionalNumber(CsvRecord row, int col, String name, boolean zeroIsMissing) throws OptionDataException {
            if (col < 0) return Double.NaN;
            double v = number(row, col, name);
            return zeroIsMissing && v == 0 ? Double.NaN : v;
        }

        void put(CsvRecord row, LocalDate expiry, double strike, OptionType type, double bid, double ask, double last,
                double volume, double openInterest, String what) throws OptionDataException {
            if (expiry.isBefore(quoteDate)) {
                throw OptionDataException.at(source, row.getStartingLineNumber(), "expiry " + expiry + " is before the quote date " + quoteDate);
            }
            if (!seen.add(expiry + " " + strike + " " + type)) {
                if (keepFirst) {
                    duplicates++;
                    return;
                }
                throw OptionDataException.at(source, row.getStartingLineNumber(), "duplicate " + what + " " + expiry + " strike " + strike);
            }
            quotes.add(new OptionQuote(expiry, ZonedDateTime.of(expiry, format.expiryTime(), format.zone()), strike, type, bid,
                    ask, last, volume, openInterest));
        }

        Chain build() throws OptionDataException {
            if (quotes.isEmpty()) throw new OptionDataException(source + ": no rows after the header");
            return Chain.of(format.underlying(), ZonedDateTime.of(quoteDate, quoteTime, format.zone()), spot, quotes, duplicates);
        }
    }

    /** One row per contract, Cboe DataShop style. */
    private static final class LongLayout extends Builder {
        private final int date, expiration, strike, type, bid, ask, ulBid, ulAsk, volume, openInterest;
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
            volume = optional("trade_volume");
            openInterest = optional("open_interest");
        }

        @Override void accept(CsvRecord row) throws OptionDataException {
            quoteDate(row, date(row, date, "quote_date"), "quote_date");
            if (Double.isNaN(spot)) {
                double ub = number(row, ulBid, "underlying_bid");
                double ua = number(row, ulAsk, "underlying_ask");
                spot = ub > 0 && ua > 0 ? 0.5 * (ub + ua) : Math.max(ub, ua);
            }
            String t = text(row, type);
            OptionType ot = switch (t) {
                case "C", "c", "call", "CALL" -> OptionType.CALL;
                case "P", "p", "put", "PUT" -> OptionType.PUT;
                default -> throw OptionDataException.at(source, row.getStartingLineNumber(),
                        "field 'option_type': expected C or P, got '" + t + "'");
            };
            put(row, date(row, expiration, "expiration"), strike(row, strike, "strike"), ot, number(row, bid, bidName),
                    number(row, ask, askName), Double.NaN, optionalNumber(row, volume, "trade_volume", false),
                    optionalNumber(row, openInterest, "open_interest", false), ot == OptionType.CALL ? "call" : "put");
        }
    }

    /** One row per strike with call and put columns. */
    private static final class WideLayout extends Builder {
        private final int date, expiration, strike, callBid, callAsk, putBid, putAsk;
        private final int callLast, callVolume, callOi, putLast, putVolume, putOi;

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
            callLast = optional("CallPrice");
            callVolume = optional("CallVolume");
            callOi = optional("CallOI");
            putLast = optional("PutPrice");
            putVolume = optional("PutVolume");
            putOi = optional("PutOI");
        }

        @Override void accept(CsvRecord row) throws OptionDataException {
            quoteDate(row, date(row, date, "Date"), "Date");
            LocalDate exp = date(row, expiration, "ExpDate");
            double k = strike(row, strike, "Strike");
            double cb = number(row, callBid, "CallBid"), ca = number(row, callAsk, "CallAsk");
            double cl = optionalNumber(row, callLast, "CallPrice", true), cv = optionalNumber(row, callVolume, "CallVolume", false);
            double co = optionalNumber(row, callOi, "CallOI", false);
            double pb = number(row, putBid, "PutBid"), pa = number(row, putAsk, "PutAsk");
            double pl = optionalNumber(row, putLast, "PutPrice", true), pv = optionalNumber(row, putVolume, "PutVolume", false);
            double po = optionalNumber(row, putOi, "PutOI", false);
            put(row, exp, k, OptionType.CALL, cb, ca, cl, cv, co, "strike row");
            put(row, exp, k, OptionType.PUT, pb, pa, pl, pv, po, "strike row");
        }
    }
}
