package dev.tradewind.cli.store;

import dev.tradewind.catalog.ImportReport;
import dev.tradewind.data.BadRowPolicy;
import dev.tradewind.data.DataException;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.PriceColumn;
import dev.tradewind.data.Timeframe;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.UserError;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind data import FILE --symbol S --timeframe T}: checks a bar file and merges it into the catalog. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import a bar file (CSV: generic, Yahoo or Binance layout, plain or .gz) into the catalog. The file is "
                + "checked as backtest checks it; bars finer than --timeframe are resampled; bars at times already stored "
                + "are replaced, so importing the same range twice stores each bar once.")
final class DataImport implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataCommand.Location catalog;

    @Parameters(paramLabel = "FILE", description = "the bar file")
    Path file;
    @Option(names = "--symbol", required = true, description = "the symbol to store the bars under, e.g. FILUSDT")
    String symbol;
    @Option(names = "--timeframe", required = true, paramLabel = "T",
            description = "the bar size to store, e.g. 1m, 1h, 1d; a finer file is resampled to it")
    String timeframe;
    @Option(names = "--zone", description = "time zone of local times in the file and of day buckets when resampling (default UTC)")
    String zone = "UTC";
    @Option(names = "--price-column", paramLabel = "COL", description = "close (default) or adj-close for Yahoo files")
    String priceColumn = "close";
    @Option(names = "--bad-rows", paramLabel = "POLICY", description = "fail (default), skip or repair")
    String badRows = "fail";

    @Override
    public Integer call() {
        Timeframe tf;
        try {
            tf = Timeframe.parse(timeframe);
        } catch (DataException e) {
            throw new UserError("--timeframe: " + e.getMessage(), e);
        }
        ZoneId z;
        try {
            z = ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new UserError("--zone: unknown time zone '" + zone + "' (e.g. UTC, America/New_York)", e);
        }
        LoadOptions options = LoadOptions.defaults().withZone(z)
                .withPriceColumn(Backtester.enumOf(PriceColumn.class, priceColumn, "--price-column"))
                .withBadRows(Backtester.enumOf(BadRowPolicy.class, badRows, "--bad-rows"));
        ImportReport r = catalog.with(c -> c.importFile(file, symbol, tf, options));
        RunsCommand.print(spec.commandLine(), r.summary() + "\nStored in " + r.file() + " (backtest with --data catalog:"
                + r.symbol() + ":" + r.timeframe() + ")\n");
        return 0;
    }
}
