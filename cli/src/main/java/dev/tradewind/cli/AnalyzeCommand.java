package dev.tradewind.cli;

import dev.tradewind.analysis.AnalysisOptions;
import dev.tradewind.analysis.AnalysisRun;
import dev.tradewind.analysis.GroupBy;
import dev.tradewind.analysis.WeightMethod;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind analyze}: statistics, equity curves and correlation of the trades in trades CSVs. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyze closed trades from trades CSVs: statistics per strategy and combined, daily equity curves and "
                + "the correlation of daily returns. Columns, metrics and formats: analysis/README.md."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Option(names = "--by", paramLabel = "KEY", description = "one series per strategy (default), symbol or file")
    String by = "strategy";
    @Option(names = "--weights", paramLabel = "NAME=W", split = ",",
            description = "the combined series with these weights (others get 0) instead of weight 1 each")
    Map<String, Double> weights;

    @Override
    public Integer call() {
        WeightMethod method = weights == null ? null : new WeightMethod.Given(weights);
        return common.run(spec, Backtester.enumOf(GroupBy.class, by, "--by"), method, 0, null);
    }

    /** The inputs and outputs shared by {@code analyze} and {@code weight}. */
    static final class Common {
        @Parameters(paramLabel = "TRADES.csv", arity = "1..*",
                description = "trades files: Tradewind's trades.csv or the generic layout (strategy,symbol,entry_time,exit_time,pnl)")
        List<Path> files;
        @Option(names = "--capital", description = "starting capital of every equity curve: the cash the trades were made with "
                + "(default 10000; for weight, the --config's cash when given)")
        Double capital;
        @Option(names = "--zone", description = "time zone of days, weeks and months, and of times without an offset (default UTC)")
        String zone = "UTC";
        @Option(names = "--periods-per-year", paramLabel = "N",
                description = "days per year for annualizing (default: 365 when any trade starts or exits on a weekend, else 252)")
        double periodsPerYear;
        @Option(names = "--out", paramLabel = "DIR",
                description = "write results.json, equity.csv, returns.csv, correlation.csv (and, for weight, portfolio.json)")
        Path out;
        @Option(names = "--json", description = "print results.json on stdout instead of the report")
        boolean json;

        int run(CommandSpec spec, GroupBy by, WeightMethod method, double minWeight, Path config) {
            ZoneId z;
            try {
                z = ZoneId.of(zone);
            } catch (RuntimeException e) {
                throw new UserError("--zone: unknown time zone '" + zone + "' (e.g. UTC, America/New_York)", e);
            }
            if (!(periodsPerYear >= 0) || Double.isInfinite(periodsPerYear)) {
                throw new UserError("--periods-per-year: expected a positive number, got " + periodsPerYear);
            }
            AnalysisOptions options = AnalysisOptions.DEFAULT.withZone(z).withPeriodsPerYear(periodsPerYear).withBy(by);
            AnalysisRun.Response r = AnalysisRun.run(new AnalysisRun.Request(files, capital, options, method, minWeight, config, out));
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                o.println(Json.compact(r.results()));
            } else {
                o.print(r.report());
                if (out != null) o.println("\nFiles written to " + out);
            }
            o.flush();
            return 0;
        }
    }
}
