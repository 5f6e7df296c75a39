package dev.tradewind.cli.store;

import dev.tradewind.catalog.ImportReport;
import dev.tradewind.data.BadRowPolicy;
import dev.tradewind.data.DataException;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.PriceColumn;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.SymbolGuess;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tradewind data import FILE... [--symbol S] [--timeframe T]}: checks bar files and merges them into the catalog.
 * The symbol comes from each file's name when it names one ({@link SymbolGuess}), the timeframe from the spacing of its
 * bars, as {@code backtest} does.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import bar files (CSV: generic, Yahoo or Binance layout, plain or .gz) into the catalog. Each file is "
                + "checked as backtest checks it; the symbol comes from the file name (FILUSDT-1m-2023-08.csv.gz: FILUSDT) and the "
                + "timeframe from the bars' spacing unless given; bars finer than --timeframe are resampled; bars at times already stored "
                + "are replaced, so importing the same range twice stores each bar once.")
final class DataImport implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataCommand.Location catalog;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the bar files")
    List<Path> files;
    @Option(names = "--symbol", description = "the symbol to store the bars under, e.g. FILUSDT (default: from each file's name)")
    String symbol;
    @Option(names = "--timeframe", paramLabel = "T",
            description = "the bar size to store, e.g. 1m, 1h, 1d; a finer file is resampled to it (default: the bars' spacing)")
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
            tf = timeframe == null ? null : Timeframe.parse(timeframe);
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
        List<String> symbols = new ArrayList<>();
        for (Path f : files) {
            String s = symbol != null ? symbol : SymbolGuess.of(f.toString());
            if (s == null) {
                throw new UserError(f + ": cannot tell the symbol from the file name; give it with --symbol (e.g. --symbol ESTX50)");
            }
            symbols.add(s);
        }
        for (int i = 0; i < files.size(); i++) { // each file is reported as it is stored: a later bad file leaves these
            Path f = files.get(i);
            String s = symbols.get(i);
            ImportReport r = catalog.with(c -> c.importFile(f, s, tf, options));
            RunsCommand.print(spec.commandLine(), r.summary() + "\nStored in " + r.file() + " (backtest with --data catalog:"
                    + r.symbol() + ":" + r.timeframe() + ")\n");
        }
        return 0;
    }
}
