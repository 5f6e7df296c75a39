package dev.tradewind.catalog.options;

import dev.tradewind.catalog.CatalogException;
import dev.tradewind.model.OptionType;
import dev.tradewind.options.Chain;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import dev.tradewind.options.OptionDataException;
import dev.tradewind.options.OptionQuote;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Option bars and chain snapshots in the catalog, keyed by contract: one Parquet file per underlying and UTC date
 * ({@code ROOT/options/UNDERLYING/YYYY-MM-DD.parquet}), rows sorted by time, expiry, strike and type, so a chain at
 * one time reads one file and, inside it, only the row groups whose time range holds that time. Columns: {@code time}
 * (TIMESTAMP_NS, UTC), {@code expiry} (DATE), {@code expires} (TIMESTAMP_NS), {@code strike} (DOUBLE), {@code type}
 * ('C' or 'P'), {@code open, high, low, close, bid, ask, volume, open_interest, underlying_price} (DOUBLE, NULL when
 * absent), zstd-compressed, key-value metadata {@code underlying}.
 *
 * <p>An import merges by key (time, expiry, strike, type; the new row wins), writes every file it changes to a
 * temporary file first and renames each into place, so a reader sees a date's old rows or its new ones, never half a
 * file; a file that fails to load stores nothing. Imports are serialized by a lock file per underlying (across
 * processes) and by this instance (within one). Thread-safe; close it to release DuckDB's memory.
 */
public final class OptionCatalog implements AutoCloseable {
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._^=@-]{0,63}");
    private static final long DAY_NS = 86_400_000_000_000L;

    private final Path root;
    private Connection duck;

    private OptionCatalog(Path root) { this.root = root; }

    /** The option part of the catalog in {@code catalogRoot} (the bar catalog's directory; created on the first import). */
    public static OptionCatalog open(Path catalogRoot) { return new OptionCatalog(catalogRoot.toAbsolutePath().normalize().resolve("options")); }

    /** The directory of an underlying's files. */
    public Path directory(String underlying) { return root.resolve(check(underlying)); }

    /** The file of an underlying's rows of one UTC date (it may not exist). */
    public Path file(String underlying, LocalDate utcDate) { return directory(underlying).resolve(utcDate + ".parquet"); }

    /**
     * Loads chain snapshot files (see {@link ChainLoader}) and imports them. Every file is loaded and checked before
     * anything is written: a bad one fails the whole import with its {@code file:line: message} and stores nothing.
     */
    public List<OptionImportReport> importChainFiles(List<Path> files, ChainFormat format, ChainLoader.OnDuplicate onDuplicate) {
        List<Chain> chains = new ArrayList<>();
        for (Path f : files) {
            try {
                chains.add(ChainLoader.load(f, format, onDuplicate));
            } catch (OptionDataException e) {
                throw new CatalogException(e.getMessage(), e);
            }
        }
        List<OptionImportReport> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) out.add(importChain(chains.get(i), files.get(i).toString()));
        return out;
    }

    /** Imports a chain snapshot: one row per quote at the chain's quote time; {@code source} names it in the report. */
    public OptionImportReport importChain(Chain chain, String source) {
        long time = nanos(chain.quoteTime().toInstant());
        List<OptionBar> rows = new ArrayList<>(chain.quotes().size());
        for (OptionQuote q : chain.quotes()) {
            rows.add(new OptionBar(time, q.expiry(), nanos(q.expiryTime().toInstant()), q.strike(), q.type(), Double.NaN,
                    Double.NaN, Double.NaN, q.last(), q.bid(), q.ask(), q.volume(), q.openInterest(), chain.spot()));
        }
        return importBars(chain.underlying(), rows, source);
    }

    /**
     * Imports bars of an underlying's contracts, at any times: merged into the stored rows by (time, expiry, strike,
     * type), the new rows winning. Two rows with the same key among {@code bars} is an IllegalArgumentException.
     */
    public synchronized OptionImportReport importBars(String underlying, List<OptionBar> bars, String source) {
        check(underlying);
        if (bars.isEmpty()) throw new CatalogException(source + ": no option rows to import");
        Path dir = directory(underlying);
        try {
            stage(bars);
            TreeMap<LocalDate, Path> written = new TreeMap<>();
            long added = 0, replaced = 0;
            int times;
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = ch.lock(); Statement s = duck().createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT count(*) - count(DISTINCT (time_ns, expiry_day, strike, type)), "
                        + "count(DISTINCT time_ns) FROM incoming")) {
                    r.next();
                    if (r.getLong(1) > 0) throw new IllegalArgumentException(source + ": " + r.getLong(1) + " rows repeat a contract at the same time");
                    times = r.getInt(2);
                }
                List<Long> days = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT DISTINCT floor(time_ns / " + DAY_NS + ")::BIGINT AS d FROM incoming ORDER BY d")) {
                    while (r.next()) days.add(r.getLong(1));
                }
                try {
                    for (long d : days) {
                        LocalDate date = LocalDate.ofEpochDay(d);
                        Path file = file(underlying, date);
                        Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
                        String day = "floor(i.time_ns / " + DAY_NS + ")::BIGINT = " + d;
                        String fresh = "SELECT make_timestamp_ns(i.time_ns) AS time, DATE '1970-01-01' + i.expiry_day AS expiry, "
                                + "make_timestamp_ns(i.expires_ns) AS expires, i.strike, i.type, " + nulls("i.") + " FROM incoming i WHERE " + day;
                        String rows = fresh;
                        if (Files.exists(file)) {
                            String key = "epoch_ns(o.time) = i.time_ns AND o.expiry = DATE '1970-01-01' + i.expiry_day "
                                    + "AND o.strike = i.strike AND o.type = i.type";
                            try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet(" + literal(file) + ") o SEMI JOIN "
                                    + "incoming i ON " + key)) {
                                r.next();
                                replaced += r.getLong(1);
                            }
                            rows += " UNION ALL SELECT o.* FROM read_parquet(" + literal(file) + ") o ANTI JOIN incoming i ON " + key;
                        }
                        s.execute("COPY (" + rows + " ORDER BY time, expiry, strike, type) TO " + literal(tmp)
                                + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384, KV_METADATA {underlying: "
                                + literal(underlying) + "})");
                        written.put(date, tmp);
                    }
                    added = bars.size() - replaced;
                    for (var e : written.entrySet()) move(e.getValue(), file(underlying, e.getKey()));
                    written.clear();
                } finally {
                    for (Path tmp : written.values()) Files.deleteIfExists(tmp);
                }
                s.execute("DROP TABLE IF EXISTS incoming");
            }
            List<Path> files = days(underlying, bars);
            return new OptionImportReport(underlying, source, bars.size(), added, replaced, times, files);
        } catch (IOException e) {
            throw new CatalogException("catalog " + root + ": cannot write " + underlying + " options: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new CatalogException("catalog " + root + ": cannot write " + underlying + " options: " + first(e), e);
        }
    }

    private List<Path> days(String underlying, List<OptionBar> bars) {
        return bars.stream().map(b -> Math.floorDiv(b.time(), DAY_NS)).distinct().sorted()
                .map(d -> file(underlying, LocalDate.ofEpochDay(d))).toList();
    }

    /**
     * The bars of the contracts {@code filter} selects with {@code from <= time < to} (epoch ns), by time, expiry,
     * strike, then calls before puts. Reads only the files of the dates in the range.
     */
    public synchronized List<OptionBar> bars(OptionFilter filter, long from, long to) {
        List<Path> files = files(filter.underlying(), from, to);
        if (files.isEmpty()) return List.of();
        String where = "true";
        if (from != Long.MIN_VALUE) where += " AND time >= make_timestamp_ns(" + from + ")";
        if (to != Long.MAX_VALUE) where += " AND time < make_timestamp_ns(" + to + ")";
        return select(files, where + contracts(filter));
    }

    /**
     * The latest snapshot time at or before {@code at} (epoch ns) among the underlying's rows, or
     * {@code Long.MIN_VALUE} when none is stored that early.
     */
    public synchronized long snapshotAtOrBefore(String underlying, long at) {
        List<Path> files = files(underlying, Long.MIN_VALUE, at == Long.MAX_VALUE ? at : at + 1);
        try (Statement s = duck().createStatement()) {
            for (int i = files.size() - 1; i >= 0; i--) {
                try (ResultSet r = s.executeQuery("SELECT max(epoch_ns(time)) FROM read_parquet(" + literal(files.get(i))
                        + ")" + (at == Long.MAX_VALUE ? "" : " WHERE time <= make_timestamp_ns(" + at + ")"))) {
                    r.next();
                    long t = r.getLong(1);
                    if (!r.wasNull()) return t;
                }
            }
            return Long.MIN_VALUE;
        } catch (SQLException e) {
            throw new CatalogException("catalog " + root + ": cannot read " + underlying + " options: " + first(e), e);
        }
    }

    /**
     * The chain as of {@code at}: the rows of the latest snapshot time at or before it ({@link #snapshotAtOrBefore})
     * that {@code filter} selects, by expiry, strike, calls first. Empty when nothing is stored that early.
     */
    public synchronized List<OptionBar> chainAt(OptionFilter filter, long at) {
        long t = snapshotAtOrBefore(filter.underlying(), at);
        if (t == Long.MIN_VALUE) return List.of();
        return select(List.of(file(filter.underlying(), LocalDate.ofEpochDay(Math.floorDiv(t, DAY_NS)))),
                "time = make_timestamp_ns(" + t + ")" + contracts(filter));
    }

    /**
     * Rows of one snapshot time as a {@link Chain} (times shown in {@code zone}): bids and asks, last prices, volume and
     * open interest; the spot is the rows' underlying price (NaN when none was stored).
     */
    public static Chain toChain(String underlying, List<OptionBar> rows, ZoneId zone) {
        if (rows.isEmpty()) throw new IllegalArgumentException("no rows");
        long time = rows.get(0).time();
        double spot = Double.NaN;
        List<OptionQuote> quotes = new ArrayList<>(rows.size());
        for (OptionBar b : rows) {
            if (b.time() != time) throw new IllegalArgumentException("rows of two times: " + time + " and " + b.time());
            if (!Double.isNaN(b.underlyingPrice())) spot = b.underlyingPrice();
            quotes.add(new OptionQuote(b.expiry(), instant(b.expires()).atZone(zone), b.strike(), b.type(), b.bid(), b.ask(),
                    b.close(), b.volume(), b.openInterest()));
        }
        return Chain.of(underlying, instant(time).atZone(zone), spot, quotes);
    }

    /** The underlyings stored, sorted. */
    public List<String> underlyings() {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException("catalog " + root + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** The UTC dates stored for an underlying, ascending. */
    public List<LocalDate> dates(String underlying) {
        Path dir = directory(underlying);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            List<LocalDate> out = new ArrayList<>();
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!n.matches("\\d{4}-\\d{2}-\\d{2}\\.parquet")) continue;
                out.add(LocalDate.parse(n.substring(0, 10)));
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new CatalogException("catalog " + root + ": cannot list: " + e.getMessage(), e);
        }
    }

    private List<Path> files(String underlying, long from, long to) {
        long first = from == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(from, DAY_NS);
        long last = to == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(to - 1, DAY_NS);
        List<Path> out = new ArrayList<>();
        for (LocalDate d : dates(underlying)) {
            if (d.toEpochDay() >= first && d.toEpochDay() <= last) out.add(file(underlying, d));
        }
        return out;
    }

    private List<OptionBar> select(List<Path> files, String where) {
        StringBuilder list = new StringBuilder("[");
        for (Path f : files) list.append(list.length() > 1 ? ", " : "").append(literal(f));
        list.append(']');
        String sql = "SELECT epoch_ns(time), expiry - DATE '1970-01-01', epoch_ns(expires), strike, type, "
                + "coalesce(open, 'NaN'::DOUBLE), coalesce(high, 'NaN'::DOUBLE), coalesce(low, 'NaN'::DOUBLE), "
                + "coalesce(close, 'NaN'::DOUBLE), coalesce(bid, 'NaN'::DOUBLE), coalesce(ask, 'NaN'::DOUBLE), "
                + "coalesce(volume, 'NaN'::DOUBLE), coalesce(open_interest, 'NaN'::DOUBLE), coalesce(underlying_price, 'NaN'::DOUBLE) "
                + "FROM read_parquet(" + list + ") WHERE " + where + " ORDER BY time, expiry, strike, type";
        List<OptionBar> out = new ArrayList<>();
        try (Statement s = duck().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(new OptionBar(r.getLong(1), LocalDate.ofEpochDay(r.getLong(2)), r.getLong(3), r.getDouble(4),
                        "C".equals(r.getString(5)) ? OptionType.CALL : OptionType.PUT, r.getDouble(6), r.getDouble(7),
                        r.getDouble(8), r.getDouble(9), r.getDouble(10), r.getDouble(11), r.getDouble(12), r.getDouble(13),
                        r.getDouble(14)));
            }
        } catch (SQLException e) {
            throw new CatalogException("catalog " + root + ": cannot read options: " + first(e), e);
        }
        return out;
    }

    private static String contracts(OptionFilter f) {
        StringBuilder w = new StringBuilder();
        if (f.expiryFrom() != null) w.append(" AND expiry >= DATE '").append(f.expiryFrom()).append('\'');
        if (f.expiryTo() != null) w.append(" AND expiry <= DATE '").append(f.expiryTo()).append('\'');
        if (!Double.isNaN(f.strikeMin())) w.append(" AND strike >= ").append(number(f.strikeMin()));
        if (!Double.isNaN(f.strikeMax())) w.append(" AND strike <= ").append(number(f.strikeMax()));
        if (f.type() != null) w.append(" AND type = '").append(f.type() == OptionType.CALL ? 'C' : 'P').append('\'');
        return w.toString();
    }

    private static String number(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "'Infinity'::DOUBLE" : "'-Infinity'::DOUBLE";
        return String.format(Locale.ROOT, "%s::DOUBLE", Double.toString(v));
    }

    private static String nulls(String p) {
        StringBuilder b = new StringBuilder();
        for (String c : new String[] {"open", "high", "low", "close", "bid", "ask", "volume", "open_interest", "underlying_price"}) {
            if (!b.isEmpty()) b.append(", ");
            b.append("CASE WHEN isnan(").append(p).append(c).append(") THEN NULL ELSE ").append(p).append(c).append(" END AS ").append(c);
        }
        return b.toString();
    }

    private void stage(List<OptionBar> bars) throws SQLException {
        try (Statement s = duck().createStatement()) {
            s.execute("CREATE OR REPLACE TABLE incoming (time_ns BIGINT, expiry_day INTEGER, expires_ns BIGINT, strike DOUBLE, "
                    + "type VARCHAR, open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE, bid DOUBLE, ask DOUBLE, volume DOUBLE, "
                    + "open_interest DOUBLE, underlying_price DOUBLE)");
        }
        try (DuckDBAppender a = ((DuckDBConnection) duck()).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "incoming")) {
            for (OptionBar b : bars) {
                a.beginRow();
                a.append(b.time());
                a.append((int) b.expiry().toEpochDay());
                a.append(b.expires());
                a.append(b.strike());
                a.append(b.type() == OptionType.CALL ? "C" : "P");
                a.append(b.open());
                a.append(b.high());
                a.append(b.low());
                a.append(b.close());
                a.append(b.bid());
                a.append(b.ask());
                a.append(b.volume());
                a.append(b.openInterest());
                a.append(b.underlyingPrice());
                a.endRow();
            }
        }
    }

    private Connection duck() throws SQLException {
        if (duck == null) duck = DriverManager.getConnection("jdbc:duckdb:");
        return duck;
    }

    private static String check(String underlying) {
        if (underlying == null || !SYMBOL.matcher(underlying).matches()) {
            throw new CatalogException("underlying '" + underlying + "': use letters, digits and . _ - ^ = @ (at most 64), "
                    + "starting with a letter or digit");
        }
        return underlying;
    }

    private static long nanos(Instant i) { return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano()); }

    private static Instant instant(long nanos) { return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)); }


    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String literal(Object text) { return "'" + text.toString().replace("'", "''") + "'"; }

    private static String first(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.strip().lines().findFirst().orElse(m);
    }

    @Override
    public synchronized void close() {
        if (duck == null) return;
        try {
            duck.close();
        } catch (SQLException e) {
            // an in-memory database has nothing to lose
        }
        duck = null;
    }
}
