package dev.tradewind.cli.store;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.model.UserError;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind data}: the market data catalog. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Import bar files (or download an exchange's bars) into the market data catalog (Parquet through DuckDB) and list what it holds; "
                + "backtests read it with --data catalog:SYMBOL:TIMEFRAME. Option chains: import-chain and chain.",
        subcommands = {DataImport.class, DataList.class, DataDownload.class, DataImportChain.class, DataChain.class})
public final class DataCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** The {@code --catalog} option, and catalog failures as one-line user errors. */
    static final class Location {
        @Option(names = "--catalog", paramLabel = "DIR",
                description = "the catalog directory (default: $TRADEWIND_CATALOG, else $TRADEWIND_HOME/catalog, else "
                        + "~/.tradewind/catalog)")
        String dir;

        <T> T with(Function<Catalog, T> work) {
            try (Catalog c = Catalog.open(Catalog.location(dir))) {
                return work.apply(c);
            } catch (CatalogException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
    }
}
