package dev.tradewind.cli;

import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.store.StrategyEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind registry}: the strategy and symbol registry in the run store. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Register a portfolio's strategies and symbols in the run store, and list them; "
                + "`portfolio --from-store` runs them.",
        subcommands = {RegistryCommand.Import.class, RegistryCommand.ListEntries.class})
final class RegistryCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add or replace the members of a portfolio config.")
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PORTFOLIO.json") Path file;
        @Option(names = "--store", paramLabel = "URL|PATH", description = "the run store (default as for backtest)") String store;

        @Override
        public Integer call() {
            PortfolioConfig c = Json.read(file, PortfolioConfig.class);
            List<String> others = RegistryPortfolios.withRegistry(store, true, r -> {
                RegistryPortfolios.save(r, c);
                List<String> names = new java.util.ArrayList<>(r.strategies(false).stream().map(StrategyEntry::name).toList());
                for (PortfolioConfig.Member m : c.strategies()) names.remove(m.id());
                return names;
            });
            var o = spec.commandLine().getOut();
            o.println("Registered " + c.strategies().size() + " strategies and the portfolio's settings from " + file);
            if (!others.isEmpty()) {
                o.println("The registry also holds " + others.size() + " strategies from earlier imports (" + String.join(", ", others)
                        + "); portfolio --from-store runs them too, with these settings");
            }
            o.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered strategies.")
    static final class ListEntries implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--store", paramLabel = "URL|PATH", description = "the run store (default as for backtest)") String store;

        @Override
        public Integer call() {
            List<StrategyEntry> all = RegistryPortfolios.withRegistry(store, false, r -> r.strategies(false));
            var o = spec.commandLine().getOut();
            o.printf(java.util.Locale.ROOT, "  %-28s %-18s %-10s %-5s %-8s %-7s %s%n", "name", "strategy", "symbol", "tf", "enabled", "weight", "params");
            for (StrategyEntry e : all) {
                o.printf(java.util.Locale.ROOT, "  %-28s %-18s %-10s %-5s %-8s %-7s %s%n", e.name(), e.strategy(), e.symbol(),
                        e.timeframe() == null ? "-" : e.timeframe(), e.enabled(), Num.plain(e.weight()), e.params());
            }
            o.flush();
            return 0;
        }
    }
}
