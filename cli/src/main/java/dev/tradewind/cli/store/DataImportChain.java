package dev.tradewind.cli.store;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.catalog.options.OptionCatalog;
import dev.tradewind.catalog.options.OptionImportReport;
import dev.tradewind.model.UserError;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind data import-chain}: option chain snapshots into the catalog. */
@Command(name = "import-chain", mixinStandardHelpOptions = true,
        description = "Import option chain snapshots (Cboe's long layout or the wide one, plain or gzip) into the catalog, "
                + "one row per contract keyed by underlying, time, expiry, strike and call/put. Every file is checked before "
                + "anything is stored.")
final class DataImportChain implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataCommand.Location catalog;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "chain snapshot files")
    List<Path> files;

    @Option(names = "--underlying", paramLabel = "SYMBOL", description = "the underlying (default: SPX)")
    String underlying = ChainFormat.SPXW.underlying();

    @Option(names = "--zone", paramLabel = "ZONE", description = "the zone of the files' dates and times (default: America/New_York)")
    ZoneId zone = ChainFormat.SPXW.zone();

    @Option(names = "--expiry-time", paramLabel = "HH:MM", description = "when the options expire on their expiry date, in --zone (default: 16:00)")
    LocalTime expiryTime = ChainFormat.SPXW.expiryTime();

    @Option(names = "--quote-time", paramLabel = "HH:MM",
            description = "when the quotes were taken, for files that do not say (the wide layout; default: 15:45)")
    LocalTime quoteTime = ChainFormat.SPXW.quoteTime();

    @Option(names = "--keep-first-duplicate",
            description = "a second quote for the same contract is skipped (and counted) instead of failing the import")
    boolean keepFirst;

    @Override
    public Integer call() {
        ChainFormat format = new ChainFormat(underlying, zone, expiryTime, quoteTime);
        List<OptionImportReport> reports;
        try (OptionCatalog c = OptionCatalog.open(Catalog.location(catalog.dir))) {
            reports = c.importChainFiles(files, format, keepFirst ? ChainLoader.OnDuplicate.KEEP_FIRST : ChainLoader.OnDuplicate.FAIL);
        } catch (CatalogException e) {
            String hint = !keepFirst && e.getMessage().contains(": duplicate ") ? " (--keep-first-duplicate skips repeats)" : "";
            throw new UserError(e.getMessage() + hint, e);
        }
        StringBuilder out = new StringBuilder();
        for (OptionImportReport r : reports) {
            out.append(String.format(java.util.Locale.ROOT, "%s: %s %,d contracts at %d time(s): %,d new, %,d replaced -> %s%n",
                    r.source(), r.underlying(), r.rows(), r.times(), r.added(), r.replaced(),
                    String.join(", ", r.files().stream().map(Path::toString).toList())));
        }
        RunsCommand.print(spec.commandLine(), out.toString());
        return 0;
    }
}
