package dev.tradewind.cli;

import dev.tradewind.engine.PortfolioResult;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.PortfolioOutputs;
import dev.tradewind.runner.PortfolioRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind portfolio}: every member of a portfolio config in one run sharing one account. */
@Command(name = "portfolio", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Backtest a portfolio config (strategies x symbols x timeframes) as one account.")
final class PortfolioCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "portfolio JSON (the format `weight` writes)")
    Path config;
    @Option(names = "--from-store", description = "take the members and settings from the run store's registry (see: tradewind registry)")
    boolean fromStore;
    @Option(names = "--store", paramLabel = "URL|PATH", description = "with --from-store: the run store (default as for backtest)")
    String store;
    @Option(names = "--cash", description = "with --from-store: starting cash instead of the imported config's")
    Double cash;
    @Option(names = "--commission", paramLabel = "SPEC", split = ",",
            description = "with --from-store: commission parts (0.04%%, 1/order, 0.005/unit) instead of the imported config's")
    java.util.List<String> commission;
    @Option(names = "--slippage-bps", paramLabel = "N", description = "with --from-store: slippage in basis points instead of the imported config's")
    Double slippageBps;
    @Option(names = "--from", paramLabel = "T", description = "first bar time, inclusive (2023-08-15 or 2023-08-15T12:00, in the config's zone)")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "end time, exclusive")
    String to;
    @Option(names = "--out", paramLabel = "DIR", description = "write trades.csv, equity.csv, netted.csv, compliance.csv, results.json")
    Path out;
    @Option(names = "--json", description = "print results.json on stdout instead of the report")
    boolean json;

    @Override
    public Integer call() {
        if ((config == null) == !fromStore) throw new dev.tradewind.model.UserError("give --config FILE or --from-store");
        if (config != null && (cash != null || commission != null || slippageBps != null)) {
            throw new dev.tradewind.model.UserError("--cash, --commission and --slippage-bps go with --from-store; with --config, "
                    + "set them in the file");
        }
        PortfolioConfig c = config != null ? Json.read(config, PortfolioConfig.class)
                : RegistryPortfolios.withRegistry(store, false, r -> RegistryPortfolios.load(r, new RegistryPortfolios.Overrides(cash,
                        commission == null ? null : ConfigBuilder.commission(commission), slippageBps), spec.commandLine().getErr()));
        PortfolioResult r = PortfolioRunner.run(c, from, to);
        if (out != null) PortfolioOutputs.write(out, r);
        var o = spec.commandLine().getOut();
        if (json) {
            o.println(Json.compact(PortfolioOutputs.results(r)));
        } else {
            o.printf(java.util.Locale.ROOT, "Portfolio: %d strategies, starting cash %s, final equity %s (%s)%n%n", r.members().size(),
                    Num.fixed(r.startingCash(), 2), Num.fixed(r.finalEquity(), 2), Num.percent(r.finalEquity() / r.startingCash() - 1));
            o.printf(java.util.Locale.ROOT, "  %-32s %10s %12s %8s %7s%n", "strategy", "allocated", "total pnl", "trades", "orders");
            for (int i = 0; i < r.members().size(); i++) {
                var m = r.results().get(i);
                o.printf(java.util.Locale.ROOT, "  %-32s %10s %12s %8d %7d%n", r.members().get(i), Num.fixed(r.allocated()[i], 2), Num.fixed(r.memberPnl(i), 2),
                        m.trades().size(), m.orders().size());
            }
            o.println("  (total pnl: final equity - allocated cash, the closed trades and the trade still open at the end)");
            o.println();
            for (Map.Entry<String, Double> e : r.pnlBySymbol().entrySet()) o.printf(java.util.Locale.ROOT, "  pnl %-28s %s%n", e.getKey(), Num.fixed(e.getValue(), 2));
            o.printf(java.util.Locale.ROOT, "%n  netted venue orders %d, compliance actions %d%n", r.netted().size(), r.compliance().size());
            if (out != null) o.println("Files written to " + out);
        }
        o.flush();
        return 0;
    }
}
