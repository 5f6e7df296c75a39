package dev.tradewind.web;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogEntry;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.catalog.CatalogRef;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.GapOptions;
import dev.tradewind.data.GapReport;
import dev.tradewind.data.Gaps;
import dev.tradewind.data.LoadResult;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import dev.tradewind.runner.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The bar data the server may read, each chosen by id from this server-side list; the browser never names a path.
 * Two sources: the files of the bundled {@code sample-data/} folder (id: the file name), summarized once in the
 * background, and the market data catalog (id: {@code catalog:SYMBOL:TIMEFRAME}), listed again on every request so
 * new imports appear. Thread-safe.
 */
public final class DataSets implements AutoCloseable {
    private static final int GAPS_SHOWN = 200;

    /**
     * A data set the API offers.
     *
     * @param id     the id the browser sends
     * @param name   what to show
     * @param source {@code sample-data} or {@code catalog}
     * @param ref    what a run configuration names: the file's absolute path or the catalog reference
     */
    public record DataSet(String id, String name, String source, String ref) {}

    /**
     * What a data set holds. In lists, catalog entries carry no gap list ({@code gaps} empty, the counts set); the
     * detail of one entry has it.
     *
     * @param error why the data could not be read (then the other fields are empty)
     */
    public record Summary(String id, String name, String source, String symbol, String timeframe, long bars,
            String first, String last, String layout, int gapCount, long missingBars, List<GapView> gaps,
            String sha256, String error) {}

    /** One gap, times in ISO UTC. */
    public record GapView(String first, String last, long missing) {}

    private final Map<String, DataSet> files;
    private final Map<String, CompletableFuture<Summary>> fileSummaries = new LinkedHashMap<>();
    private final Path catalogRoot;
    private final Map<String, Summary> catalogDetails = new ConcurrentHashMap<>();
    private volatile Map<String, Summary> catalog = Map.of();
    private volatile String catalogError;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tradewind-data-summaries");
        t.setDaemon(true);
        return t;
    });

    private DataSets(Map<String, DataSet> files, Path catalogRoot) {
        this.files = files;
        this.catalogRoot = catalogRoot;
        for (DataSet d : files.values()) {
            fileSummaries.put(d.id(), CompletableFuture.supplyAsync(() -> summarizeFile(d), background));
        }
    }

    /**
     * The bar files of {@code sampleData} (csv or txt, plain or .gz) and the catalog in {@code catalogRoot} (null for
     * none); a missing folder is an empty source.
     */
    public static DataSets scan(Path sampleData, Path catalogRoot) {
        Map<String, DataSet> found = new LinkedHashMap<>();
        if (sampleData != null && Files.isDirectory(sampleData)) {
            try (Stream<Path> list = Files.list(sampleData)) {
                list.filter(Files::isRegularFile).filter(p -> isBarFile(p.getFileName().toString())).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    found.put(name, new DataSet(name, name, "sample-data", p.toAbsolutePath().normalize().toString()));
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + sampleData, e);
            }
        }
        return new DataSets(found, catalogRoot);
    }

    static boolean isBarFile(String name) {
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return n.endsWith(".csv") || n.endsWith(".txt");
    }

    /** The data set with this id; a 404 for an unknown id. */
    public DataSet get(String id) {
        DataSet d = find(id);
        if (d == null) throw ApiError.notFound("unknown data set '" + id + "'; see GET /api/data");
        return d;
    }

    /** Whether the id is in the list. */
    public boolean contains(String id) { return find(id) != null; }

    private DataSet find(String id) {
        if (id == null) return null;
        DataSet d = files.get(id);
        if (d != null) return d;
        if (!CatalogRef.isRef(id)) return null;
        if (!catalog.containsKey(id)) refreshCatalog();
        return catalog.containsKey(id) ? new DataSet(id, id.substring(CatalogRef.PREFIX.length()), "catalog", id) : null;
    }

    /** The id of the data set a run configuration names ({@code ref}), or null if it is not offered. */
    public String idOf(String ref) {
        if (ref == null) return null;
        for (DataSet d : files.values()) if (d.ref().equals(ref)) return d.id();
        return CatalogRef.isRef(ref) && contains(ref) ? ref : null;
    }

    /**
     * The bundled file named {@code fileName} if its SHA-256 is {@code sha256}: the data of a run recorded elsewhere
     * (by the CLI, from another directory) when it is byte for byte a bundled file; else null.
     */
    public String idOfCopy(String fileName, String sha256) {
        if (fileName == null || sha256 == null) return null;
        CompletableFuture<Summary> f = fileSummaries.get(fileName);
        return f != null && sha256.equals(f.join().sha256()) ? fileName : null;
    }

    /** The list-level summary of one data set (for catalog entries without the gap list). */
    public Summary brief(String id) {
        DataSet d = get(id);
        return d.source().equals("catalog") ? catalog.get(id) : fileSummaries.get(id).join();
    }

    /** The summary of one data set with its gap list. */
    public Summary summary(String id) {
        DataSet d = get(id);
        if (!d.source().equals("catalog")) return fileSummaries.get(id).join();
        Summary brief = catalog.get(id);
        return catalogDetails.computeIfAbsent(id + "@" + brief.bars() + "@" + brief.last(), k -> catalogDetail(brief));
    }

    /** Every data set: the files in name order, then the catalog by symbol and bar size. */
    public List<Summary> summaries() {
        List<Summary> out = new ArrayList<>();
        for (CompletableFuture<Summary> f : fileSummaries.values()) out.add(f.join());
        refreshCatalog();
        out.addAll(catalog.values());
        return out;
    }

    /** Why the catalog could not be listed, or null. */
    public String catalogError() { return catalogError; }

    private void refreshCatalog() {
        if (catalogRoot == null || !Files.isDirectory(catalogRoot)) {
            catalog = Map.of();
            return;
        }
        Map<String, Summary> next = new LinkedHashMap<>();
        try (Catalog c = Catalog.open(catalogRoot)) {
            for (CatalogEntry e : c.list()) {
                String id = new CatalogRef(e.symbol(), e.timeframe()).toString();
                next.put(id, new Summary(id, id.substring(CatalogRef.PREFIX.length()), "catalog", e.symbol(),
                        e.timeframe().toString(), e.rows(), Times.format(e.first()), Times.format(e.last()), "PARQUET",
                        e.gaps(), e.missingBars(), List.of(), null, null));
            }
            catalogError = null;
        } catch (CatalogException e) {
            catalogError = e.getMessage();
        }
        catalog = next;
    }

    private Summary catalogDetail(Summary brief) {
        try (Catalog c = Catalog.open(catalogRoot)) {
            CatalogRef ref = CatalogRef.parse(brief.id());
            BarSeries bars = c.load(ref.symbol(), ref.timeframe(), Long.MIN_VALUE, Long.MAX_VALUE);
            GapReport gaps = Gaps.detect(bars, GapOptions.defaults(ref.timeframe()));
            return new Summary(brief.id(), brief.name(), brief.source(), brief.symbol(), brief.timeframe(), brief.bars(),
                    brief.first(), brief.last(), brief.layout(), gaps.gaps().size(), gaps.missingBars(), gapViews(gaps), null,
                    null);
        } catch (CatalogException e) {
            return new Summary(brief.id(), brief.name(), brief.source(), brief.symbol(), brief.timeframe(), brief.bars(),
                    brief.first(), brief.last(), brief.layout(), brief.gapCount(), brief.missingBars(), List.of(), null,
                    e.getMessage());
        }
    }

    private static Summary summarizeFile(DataSet d) {
        try {
            LoadResult loaded = CsvBarLoader.load(Path.of(d.ref()));
            BarSeries bars = loaded.series();
            Timeframe tf = bars.size() < 2 ? Timeframe.parse("1d") : Timeframe.detect(bars);
            GapReport gaps = Gaps.detect(bars, GapOptions.defaults(tf));
            return new Summary(d.id(), d.name(), d.source(), bars.symbol(), tf.toString(), bars.size(),
                    Times.format(bars.time()[0]), Times.format(bars.time()[bars.size() - 1]), loaded.report().layout().name(),
                    gaps.gaps().size(), gaps.missingBars(), gapViews(gaps), Fingerprint.sha256(Path.of(d.ref())), null);
        } catch (DataException | RuntimeException e) {
            return new Summary(d.id(), d.name(), d.source(), null, null, 0, null, null, null, 0, 0, List.of(), null,
                    e.getMessage());
        }
    }

    private static List<GapView> gapViews(GapReport gaps) {
        return gaps.gaps().stream().limit(GAPS_SHOWN)
                .map(g -> new GapView(Times.format(g.first()), Times.format(g.last()), g.missing())).toList();
    }

    @Override
    public void close() { background.shutdownNow(); }
}
