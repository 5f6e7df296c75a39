package dev.tradewind.catalog;

import dev.tradewind.data.BarStream;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.GapOptions;
import dev.tradewind.data.GapReport;
import dev.tradewind.data.Gaps;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.LoadReport;
import dev.tradewind.data.LoadResult;
import dev.tradewind.data.Resampler;
import dev.tradewind.data.RowIssues;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The market data catalog: bars stored as Parquet through DuckDB, one file per symbol and timeframe
 * ({@code ROOT/SYMBOL/TIMEFRAME.parquet}). An import checks the file exactly as the CSV loader does, resamples it when
 * its bars are finer than the timeframe asked for, and merges by time: importing the same range twice stores each bar
 * once. A file is replaced atomically, so a reader sees the old bars or the new ones, never half a file; concurrent
 * imports are serialized by a lock file (across processes) and a monitor (within one). Beside each Parquet file a
 * {@link ColumnFile} keeps its bars as raw columns, which a load maps instead of starting DuckDB while it matches the
 * Parquet file (written by the import, or by the first load after it).
 *
 * <p>Instances are thread-safe; close them to release DuckDB's memory.
 */
public final class Catalog implements AutoCloseable {
    /** The environment variable naming the catalog directory. */
    public static final String ENV_CATALOG = "TRADEWIND_CATALOG";
    /** The system property naming the catalog directory (takes precedence over the environment). */
    public static final String PROPERTY = "tradewind.catalog";
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._^=@-]{0,63}");
    private static final Object IMPORTS = new Object();

    private final Path root;
    private final Parquet parquet = new Parquet();

    private Catalog(Path root) { this.root = root; }

    /** A catalog in {@code root} (created on the first import). */
    public static Catalog open(Path root) { return new Catalog(root.toAbsolutePath().normalize()); }

    /**
     * The catalog directory: {@code option} if given, else the {@code tradewind.catalog} property, else
     * {@code $TRADEWIND_CATALOG}, else {@code $TRADEWIND_HOME/catalog}, else {@code ~/.tradewind/catalog}.
     */
    public static Path location(String option, Map<String, String> env, String property, String userHome) {
        if (option != null && !option.isBlank()) return Path.of(option);
        if (property != null && !property.isBlank()) return Path.of(property);
        String dir = env.get(ENV_CATALOG);
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        return dev.tradewind.model.Home.dir(env, userHome).resolve("catalog");
    }

    /** {@link #location(String, Map, String, String)} for this process. */
    public static Path location(String option) {
        return location(option, System.getenv(), System.getProperty(PROPERTY), System.getProperty("user.home"));
    }

    public Path root() { return root; }

    /** The file holding a symbol's bars of a timeframe (it may not exist). */
    public Path file(String symbol, Timeframe timeframe) {
        return root.resolve(checkSymbol(symbol)).resolve(timeframe + ".parquet");
    }

    /**
     * Imports a bar file: loads it with {@code options} (its symbol option is replaced by {@code symbol}), resamples it
     * to {@code timeframe} if its bars are finer (null: the spacing of its bars), and merges it into the stored bars (the
     * file wins at equal times).
     *
     * @throws CatalogException for bad data ({@code file:line: message}), a timeframe the bars cannot make, or a
     *                          storage failure; the stored bars are then unchanged
     */
    public ImportReport importFile(Path csv, String symbol, Timeframe timeframe, LoadOptions options) {
        checkSymbol(symbol);
        // a first import writes its Parquet file on a second core while the file is still being parsed
        BarStream stream = new BarStream();
        StreamedWrite streamed = StreamedWrite.start(stream, symbol, timeframe, tf -> file(symbol, tf));
        boolean stored = false;
        try {
            ImportReport r = importFile(csv, symbol, timeframe, options, stream, streamed);
            stored = true;
            return r;
        } finally {
            if (!stored) {
                stream.abandon(); // the writer stops even if the load never started (it ends the stream otherwise)
                streamed.discard();
            }
        }
    }

    private ImportReport importFile(Path csv, String symbol, Timeframe timeframe, LoadOptions options, BarStream stream,
            StreamedWrite streamed) {
        LoadResult loaded;
        try {
            loaded = CsvBarLoader.load(csv, options.withSymbol(symbol), null, stream);
        } catch (DataException e) {
            throw new CatalogException(e.getMessage(), e);
        }
        BarSeries bars = loaded.series();
        if (timeframe == null && bars.size() < 2) throw new CatalogException(csv + ": one bar: give its timeframe");
        Timeframe base = bars.size() < 2 ? timeframe : detect(bars, csv);
        if (timeframe == null) timeframe = base;
        Timeframe resampledFrom = null;
        if (!base.equals(timeframe)) {
            if (base.nanos() > timeframe.nanos() || !timeframe.isMultipleOf(base)) {
                throw new CatalogException(csv + ": its bars are " + base + " apart, which cannot make " + timeframe
                        + " bars; import it as --timeframe " + base + " or a multiple of it");
            }
            try {
                bars = Resampler.resample(bars, base, timeframe, options.zone()).series();
            } catch (DataException e) {
                throw new CatalogException(csv + ": " + e.getMessage(), e);
            }
            resampledFrom = base;
        }
        return store(bars, symbol, timeframe, loaded.report(), resampledFrom, resampledFrom == null ? streamed : null);
    }

    /**
     * Merges bars already in memory (from an exchange download, say) into the stored bars, as {@link #importFile} does
     * for a file: the new bars win at equal times, the file is replaced atomically. {@code source} names their origin in
     * the report. The bars must be in strictly increasing time order.
     */
    public ImportReport importBars(BarSeries bars, String symbol, Timeframe timeframe, String source) {
        checkSymbol(symbol);
        long[] t = bars.time();
        for (int i = 1; i < t.length; i++) {
            if (t[i] <= t[i - 1]) throw new IllegalArgumentException("bars out of order at " + i);
        }
        RowIssues none = new RowIssues(0, List.of());
        LoadReport report = new LoadReport(source, null, dev.tradewind.data.PriceColumn.CLOSE, Set.of(), java.time.ZoneOffset.UTC,
                bars.size(), bars.size(), none, none, 0);
        return store(bars, symbol, timeframe, report, null, null);
    }

    /**
     * Stores bars under the import lock; {@code streamed} (or null) may hold them written already, used when no file
     * exists.
     */
    private ImportReport store(BarSeries bars, String symbol, Timeframe timeframe, LoadReport report, Timeframe from,
            StreamedWrite streamed) {
        Path file = file(symbol, timeframe);
        synchronized (IMPORTS) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel ch = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                    Path existing = Files.exists(file) ? file : null;
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
                    StreamedWrite.Written written = streamed == null || existing != null ? null : streamed.result(bars, timeframe);
                    if (written != null && written.file().equals(file)) { // written while the file was read
                        move(written.tmp(), file);
                        cache(file, bars);
                        return new ImportReport(symbol, timeframe, report, from, bars.size(), bars.size(), 0, 0,
                                written.bars(), file);
                    }
                    if (streamed != null) streamed.discard();
                    try {
                        BarSeries old = existing == null ? null : cached(existing, symbol);
                        if (old != null) { // the stored bars are known from the column file: compare and merge here
                            Diff d = diff(old, bars);
                            if (d.added == 0 && d.sameBits) { // nothing would change: the files stay as they are
                                return new ImportReport(symbol, timeframe, report, from, bars.size(), 0, d.replaced,
                                        d.unchanged, old.size(), file);
                            }
                            BarSeries merged = merge(old, bars);
                            parquet.stage(merged);
                            long total = parquet.writeMerged(null, tmp, symbol, timeframe.toString());
                            move(tmp, file);
                            cache(file, merged.size() == total ? merged : null);
                            return new ImportReport(symbol, timeframe, report, from, bars.size(), d.added, d.replaced,
                                    d.unchanged, total, file);
                        }
                        parquet.stage(bars);
                        long[] diff = existing == null ? new long[] {bars.size(), 0, 0} : parquet.compare(existing);
                        long total = parquet.writeMerged(existing, tmp, symbol, timeframe.toString());
                        move(tmp, file);
                        cache(file, existing == null && bars.size() == total ? bars : null);
                        return new ImportReport(symbol, timeframe, report, from, bars.size(), diff[0], diff[1], diff[2], total,
                                file);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
            } catch (IOException e) {
                throw new CatalogException("catalog " + root + ": cannot write " + file + ": " + e.getMessage(), e);
            } catch (SQLException e) {
                throw new CatalogException("catalog " + root + ": cannot write " + file + ": " + first(e), e);
            }
        }
    }

    /** Every symbol and timeframe stored, by symbol then bar size, with its range, rows and gaps. */
    public List<CatalogEntry> list() {
        List<CatalogEntry> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (Stream<Path> symbols = Files.list(root)) {
            for (Path dir : symbols.filter(Files::isDirectory).sorted().toList()) {
                List<Path> files;
                try (Stream<Path> s = Files.list(dir)) {
                    files = s.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
                }
                List<CatalogEntry> entries = new ArrayList<>();
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    Timeframe tf;
                    try {
                        tf = Timeframe.parse(name.substring(0, name.length() - ".parquet".length()));
                    } catch (DataException e) {
                        continue; // not one of ours
                    }
                    entries.add(entry(dir.getFileName().toString(), tf, f));
                }
                entries.sort((a, b) -> Long.compare(a.timeframe().nanos(), b.timeframe().nanos()));
                out.addAll(entries);
            }
        } catch (IOException e) {
            throw new CatalogException("catalog " + root + ": cannot list: " + e.getMessage(), e);
        }
        return out;
    }

    private CatalogEntry entry(String symbol, Timeframe tf, Path f) throws IOException {
        synchronized (IMPORTS) {
            try {
                long[] s = parquet.stats(f);
                long[] t = parquet.times(f, Long.MIN_VALUE, Long.MAX_VALUE);
                GapReport gaps = Gaps.detect(timesOnly(symbol, t), GapOptions.defaults(tf));
                return new CatalogEntry(symbol, tf, s[1], s[2], s[0], gaps.gaps().size(), gaps.missingBars(), f, Files.size(f));
            } catch (SQLException e) {
                throw new CatalogException("catalog " + root + ": cannot read " + f + ": " + first(e), e);
            }
        }
    }

    /**
     * Loads a symbol's bars of a timeframe with {@code from <= time < to} (epoch ns; Long.MIN_VALUE and Long.MAX_VALUE
     * for no limit), in time order.
     *
     * @throws CatalogException if nothing is stored for the symbol and timeframe (the message lists what is)
     */
    public BarSeries load(String symbol, Timeframe timeframe, long from, long to) {
        return loadFingerprinted(symbol, timeframe, from, to).bars();
    }

    /** As {@link #load(String, Timeframe, long, long)}, with the bars' fingerprint when the column file kept it. */
    private ColumnFile.Fingerprinted loadFingerprinted(String symbol, Timeframe timeframe, long from, long to) {
        Path f = file(symbol, timeframe);
        if (!Files.exists(f)) {
            String held = list().stream().map(e -> e.symbol() + " " + e.timeframe()).reduce((a, b) -> a + ", " + b)
                    .orElse("nothing");
            throw new CatalogException("catalog " + root + ": no " + symbol + " " + timeframe + " bars (it holds " + held
                    + "); import some with: tradewind data import FILE --symbol " + symbol + " --timeframe " + timeframe);
        }
        synchronized (IMPORTS) {
            try {
                ColumnFile.Fingerprinted mapped = ColumnFile.readFingerprinted(f, symbol, from, to);
                if (mapped != null) return mapped;
            } catch (IOException e) {
                // the column file is only a cache: read the Parquet file
            }
            try {
                long[] id = ColumnFile.identity(f);
                BarSeries all = parquet.read(f, symbol, Long.MIN_VALUE, Long.MAX_VALUE);
                try {
                    ColumnFile.write(f, id, all); // for the next load, in this process or another
                } catch (IOException e) {
                    // a read-only catalog still loads, from the Parquet file each time
                }
                return new ColumnFile.Fingerprinted(from == Long.MIN_VALUE && to == Long.MAX_VALUE ? all : all.slice(from, to), null);
            } catch (IOException e) {
                throw new CatalogException("catalog " + root + ": cannot read " + f + ": " + e.getMessage(), e);
            } catch (SQLException e) {
                throw new CatalogException("catalog " + root + ": cannot read " + f + ": " + first(e), e);
            }
        }
    }

    /** How many bars {@link #load(CatalogRef, LoadOptions)} would load, or -1 when none are stored for the reference. */
    public long count(CatalogRef ref, LoadOptions options) {
        Path f = file(ref.symbol(), ref.timeframe());
        if (!Files.exists(f)) return -1;
        synchronized (IMPORTS) {
            try {
                long mapped = ColumnFile.count(f, options.from(), options.to());
                if (mapped >= 0) return mapped;
            } catch (IOException e) {
                // the column file is only a cache: count in the Parquet file
            }
            try {
                return parquet.count(f, options.from(), options.to());
            } catch (SQLException e) {
                throw new CatalogException("catalog " + root + ": cannot read " + f + ": " + first(e), e);
            }
        }
    }

    /**
     * Loads {@code catalog:SYMBOL:TIMEFRAME} the way a bar file is loaded: the options' range applies, and their
     * symbol, if set, renames the series. The report names the reference as the source.
     */
    public LoadResult load(CatalogRef ref, LoadOptions options) {
        ColumnFile.Fingerprinted read = loadFingerprinted(ref.symbol(), ref.timeframe(), options.from(), options.to());
        BarSeries bars = read.bars();
        if (options.symbol() != null && !options.symbol().equals(bars.symbol())) {
            bars = new BarSeries(options.symbol(), bars.time(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
        }
        RowIssues none = new RowIssues(0, List.of());
        return new LoadResult(bars, new LoadReport(ref.toString(), null, options.priceColumn(), Set.of(), options.zone(),
                bars.size(), bars.size(), none, none, 0), read.sha256());
    }

    static String checkSymbol(String symbol) {
        if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
            throw new CatalogException("symbol '" + symbol + "': use letters, digits and . _ - ^ = @ (at most 64), "
                    + "starting with a letter or digit");
        }
        return symbol;
    }

    private static Timeframe detect(BarSeries bars, Path csv) {
        try {
            return Timeframe.detect(bars);
        } catch (DataException e) {
            throw new CatalogException(csv + ": " + e.getMessage(), e);
        }
    }

    /** The bars of a Parquet file from its column file, or null if it has none that matches. */
    private static BarSeries cached(Path parquet, String symbol) {
        try {
            return ColumnFile.read(parquet, symbol, Long.MIN_VALUE, Long.MAX_VALUE);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes the column file of a Parquet file just written with {@code bars}, or removes the old one when they are
     * unknown (null): the next load then reads the Parquet file and writes it. Best effort: a catalog whose column
     * files cannot be written still works, from the Parquet files.
     */
    private static void cache(Path parquet, BarSeries bars) {
        try {
            if (bars == null) ColumnFile.delete(parquet);
            else ColumnFile.write(parquet, ColumnFile.identity(parquet), bars);
        } catch (IOException e) {
            // a stale column file names another Parquet file and is never used
        }
    }

    /**
     * What merging {@code add} into {@code old} does: bars added, replaced (a value differs) and unchanged, counted as
     * the Parquet comparison counts them (a value equals another when {@code ==}, or both are NaN), and whether every bar
     * at an existing time has the same bits as the stored one (then a merge adding nothing would write the same file).
     */
    record Diff(long added, long replaced, long unchanged, boolean sameBits) {}

    static Diff diff(BarSeries old, BarSeries add) {
        long[] a = old.time();
        long[] b = add.time();
        double[][] x = {old.open(), old.high(), old.low(), old.close(), old.volume()};
        double[][] y = {add.open(), add.high(), add.low(), add.close(), add.volume()};
        long added = 0;
        long replaced = 0;
        boolean sameBits = true;
        int i = 0;
        for (int j = 0; j < b.length; j++) {
            while (i < a.length && a[i] < b[j]) i++;
            if (i == a.length || a[i] != b[j]) {
                added++;
                continue;
            }
            boolean equal = true;
            for (int c = 0; c < 5; c++) {
                double p = x[c][i];
                double q = y[c][j];
                if (!(p == q || (p != p && q != q))) equal = false;
                if (Double.doubleToRawLongBits(p) != Double.doubleToRawLongBits(q)) sameBits = false;
            }
            if (!equal) replaced++;
        }
        return new Diff(added, replaced, b.length - added - replaced, sameBits);
    }

    /** {@code old} and {@code add} merged by time, {@code add} winning at equal times, as the Parquet merge does. */
    static BarSeries merge(BarSeries old, BarSeries add) {
        long[] a = old.time();
        long[] b = add.time();
        int n = 0;
        for (int i = 0, j = 0; i < a.length || j < b.length; n++) {
            if (j == b.length || (i < a.length && a[i] < b[j])) i++;
            else {
                if (i < a.length && a[i] == b[j]) i++;
                j++;
            }
        }
        long[] t = new long[n];
        double[][] out = new double[5][n];
        double[][] x = {old.open(), old.high(), old.low(), old.close(), old.volume()};
        double[][] y = {add.open(), add.high(), add.low(), add.close(), add.volume()};
        for (int i = 0, j = 0, k = 0; k < n; k++) {
            boolean fromOld = j == b.length || (i < a.length && a[i] < b[j]);
            if (fromOld) {
                t[k] = a[i];
                for (int c = 0; c < 5; c++) out[c][k] = x[c][i];
                i++;
            } else {
                if (i < a.length && a[i] == b[j]) i++;
                t[k] = b[j];
                for (int c = 0; c < 5; c++) out[c][k] = y[c][j];
                j++;
            }
        }
        return new BarSeries(add.symbol(), t, out[0], out[1], out[2], out[3], out[4]);
    }

    private static BarSeries timesOnly(String symbol, long[] t) {
        double[] none = new double[t.length];
        return new BarSeries(symbol, t, none, none, none, none, none);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String first(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.strip().lines().findFirst().orElse(m);
    }

    /** Formats a time for messages and listings. */
    public static String format(long epochNanos) { return Times.format(epochNanos); }

    @Override
    public void close() {
        synchronized (IMPORTS) {
            parquet.close();
        }
    }
}
