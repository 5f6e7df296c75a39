package dev.tradewind.catalog.options;

import dev.tradewind.model.OptionType;
import dev.tradewind.options.Chain;
import dev.tradewind.options.RecordedPrices;
import dev.tradewind.options.RecordedQuote;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recorded option quotes of one underlying from the {@link OptionCatalog}, for a run's option desk. A date's file is
 * read whole, once, the first time a lookup needs it (one query, not one per contract or per bar), into primitive
 * columns sorted by expiry, type, strike and time; a lookup is then a binary search and allocates nothing. Dates
 * behind the latest lookup's window are dropped, so a backtest holds the few dates its maximum age spans. The stored
 * dates are listed once, when this is made: later imports are not seen. Thread-safe (a date loads under a lock;
 * loaded dates are immutable).
 */
public final class CatalogPrices implements RecordedPrices {
    private static final long DAY_NS = 86_400_000_000_000L;
    private static final int MAX_DAYS = 32;

    private final OptionCatalog catalog;
    private final String underlying;
    private final ZoneId zone;
    private final long[] stored; // epoch days with a file, ascending
    private volatile Day[] loaded = new Day[0];

    /**
     * The quotes of {@code underlying} in {@code catalog} (which stays the caller's to close, after the runs);
     * {@code zone} is the one the chains of {@link #chain} show their times in.
     */
    public CatalogPrices(OptionCatalog catalog, String underlying, ZoneId zone) {
        this.catalog = catalog;
        this.underlying = underlying;
        this.zone = zone;
        this.stored = catalog.dates(underlying).stream().mapToLong(LocalDate::toEpochDay).toArray();
    }

    @Override public String name() { return "catalog " + catalog.directory(underlying); }

    @Override public String toString() { return name(); }

    /** The dates stored for the underlying when this was made, as epoch days. */
    public int dateCount() { return stored.length; }

    @Override
    public boolean quote(LocalDate expiry, double strike, OptionType type, long from, long to, RecordedQuote into) {
        if (from > to) return false;
        int e = (int) expiry.toEpochDay();
        byte t = code(type);
        for (int d = lastStored(to); d >= 0 && stored[d] >= Math.floorDiv(from, DAY_NS); d--) {
            Day day = day(stored[d], from);
            int i = day.upper(e, t, strike, to) - 1; // the last row at or before (contract, to)
            if (i < 0 || day.expiry[i] != e || day.type[i] != t || day.strike[i] != strike) continue;
            if (day.time[i] < from) return false; // older days hold older quotes still
            into.set(day.time[i], day.bid[i], day.ask[i]);
            return true;
        }
        return false;
    }

    @Override
    public Chain chain(LocalDate expiry, long from, long to) {
        if (from > to) return null;
        int e = (int) expiry.toEpochDay();
        for (int d = lastStored(to); d >= 0 && stored[d] >= Math.floorDiv(from, DAY_NS); d--) {
            Day day = day(stored[d], from);
            int lo = day.upper(e - 1, (byte) 1, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
            int hi = day.upper(e, (byte) 1, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
            long latest = Long.MIN_VALUE;
            for (int i = lo; i < hi; i++) if (day.time[i] >= from && day.time[i] <= to) latest = Math.max(latest, day.time[i]);
            if (latest == Long.MIN_VALUE) continue;
            List<OptionBar> rows = new ArrayList<>();
            for (int i = lo; i < hi; i++) {
                if (day.time[i] != latest) continue;
                rows.add(new OptionBar(latest, expiry, day.expires[i], day.strike[i], day.type[i] == 0 ? OptionType.CALL : OptionType.PUT,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, day.bid[i], day.ask[i], Double.NaN, Double.NaN, day.spot[i]));
            }
            return OptionCatalog.toChain(underlying, rows, zone);
        }
        return null;
    }

    /** Index in {@link #stored} of the last date at or before {@code to}'s date, or -1. */
    private int lastStored(long to) {
        int i = Arrays.binarySearch(stored, Math.floorDiv(to, DAY_NS));
        return i >= 0 ? i : -i - 2;
    }

    /** The loaded date {@code epochDay}, loading it (and dropping dates before {@code from}'s) the first time. */
    private Day day(long epochDay, long from) {
        Day[] l = loaded;
        for (Day d : l) if (d.epochDay == epochDay) return d;
        synchronized (this) {
            l = loaded;
            for (Day d : l) if (d.epochDay == epochDay) return d;
            Day day = load(epochDay);
            long first = Math.floorDiv(from, DAY_NS);
            List<Day> keep = new ArrayList<>();
            for (Day d : l) if (d.epochDay >= first) keep.add(d);
            while (keep.size() >= MAX_DAYS) keep.remove(0);
            keep.add(day);
            loaded = keep.toArray(new Day[0]);
            return day;
        }
    }

    private Day load(long epochDay) {
        List<OptionBar> rows = new ArrayList<>(catalog.bars(OptionFilter.all(underlying), epochDay * DAY_NS, (epochDay + 1) * DAY_NS));
        rows.sort((a, b) -> {
            int c = a.expiry().compareTo(b.expiry());
            if (c == 0) c = Integer.compare(code(a.type()), code(b.type()));
            if (c == 0) c = Double.compare(a.strike(), b.strike());
            return c != 0 ? c : Long.compare(a.time(), b.time());
        });
        return new Day(epochDay, rows);
    }

    private static byte code(OptionType t) { return t == OptionType.CALL ? (byte) 0 : (byte) 1; }

    /** One date's rows as columns, by expiry, type (calls first), strike, time. Immutable. */
    private static final class Day {
        final long epochDay;
        final int[] expiry;
        final byte[] type;
        final double[] strike;
        final long[] time;
        final long[] expires;
        final double[] bid;
        final double[] ask;
        final double[] spot;

        Day(long epochDay, List<OptionBar> rows) {
            this.epochDay = epochDay;
            int n = rows.size();
            expiry = new int[n];
            type = new byte[n];
            strike = new double[n];
            time = new long[n];
            expires = new long[n];
            bid = new double[n];
            ask = new double[n];
            spot = new double[n];
            for (int i = 0; i < n; i++) {
                OptionBar b = rows.get(i);
                expiry[i] = (int) b.expiry().toEpochDay();
                type[i] = code(b.type());
                strike[i] = b.strike();
                time[i] = b.time();
                expires[i] = b.expires();
                bid[i] = b.bid();
                ask[i] = b.ask();
                spot[i] = b.underlyingPrice();
            }
        }

        /** The first row whose key (expiry, type, strike, time) is above the given one. */
        int upper(int e, byte t, double k, long at) {
            int lo = 0, hi = expiry.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (compare(mid, e, t, k, at) <= 0) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        private int compare(int i, int e, byte t, double k, long at) {
            if (expiry[i] != e) return expiry[i] < e ? -1 : 1;
            if (type[i] != t) return type[i] < t ? -1 : 1;
            int c = Double.compare(strike[i], k);
            return c != 0 ? c : Long.compare(time[i], at);
        }
    }
}
