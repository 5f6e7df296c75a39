package dev.tradewind.cli;

import dev.tradewind.analysis.GroupBy;
import dev.tradewind.analysis.WeightMethod;
import dev.tradewind.runner.Backtester;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind weight}: weights for the strategies of trades CSVs, and the production portfolio config. */
@Command(name = "weight", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Weight the strategies of trades CSVs and write the production config (portfolio.json: only the "
                + "strategies with a weight above 0, in the format a portfolio run reads). Methods: analysis/README.md."})
final class WeightCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AnalyzeCommand.Common common;

    @Option(names = "--method", required = true, paramLabel = "M",
            description = "binary (equal shares of the winners), equal, inverse-vol, risk-parity or max-sortino; all sum to 1")
    String method;
    @Option(names = "--metric", description = "binary: the metric that picks winners (default net_profit; any numeric statistic in results.json)")
    String metric = "net_profit";
    @Option(names = "--threshold", description = "binary: winners are above it (below for max_drawdown, max_drawdown_duration, "
            + "volatility, longest_losing_streak); default 0")
    double threshold;
    @Option(names = "--min-weight", paramLabel = "W", description = "weights below W become 0, the rest keep their sum (default 0.0001)")
    double minWeight = 0.0001;
    @Option(names = "--config", paramLabel = "PORTFOLIO.json",
            description = "the candidate members (a portfolio config): portfolio.json keeps the weighted ones with all their "
                    + "fields, and its account settings; its cash is the default --capital")
    Path config;
    @Option(names = "--by", paramLabel = "KEY", description = "one series per strategy (default) or file")
    String by = "strategy";

    @Override
    public Integer call() {
        return common.run(spec, Backtester.enumOf(GroupBy.class, by, "--by"), WeightMethod.parse(method, metric, threshold),
                minWeight, config);
    }
}
