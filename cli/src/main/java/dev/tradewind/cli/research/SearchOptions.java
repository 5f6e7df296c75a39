package dev.tradewind.cli.research;

import dev.tradewind.model.UserError;
import dev.tradewind.research.GeneticSearch;
import dev.tradewind.research.GridSearch;
import dev.tradewind.research.Objective;
import dev.tradewind.research.ParamSpace;
import dev.tradewind.research.RandomSearch;
import dev.tradewind.research.Search;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/** What to search and how (a picocli mixin shared by sweep and walk-forward). */
final class SearchOptions {
    @Option(names = "--range", required = true, paramLabel = "NAME=VALUES",
            description = "a swept parameter: min:max[:step], a,b,c, or * (all choices); repeatable")
    Map<String, String> ranges = new LinkedHashMap<>();
    @Option(names = "--where", paramLabel = "EXPR", description = "only points where this holds, e.g. 'fast < slow'")
    String where;
    @Option(names = "--method", defaultValue = "grid", description = "grid (default), random or ga (genetic algorithm)")
    String method;
    @Option(names = "--trials", defaultValue = "200", description = "distinct trials for random and ga (default 200)")
    int trials;
    @Option(names = "--population", defaultValue = "40", description = "ga: individuals per generation (default 40)")
    int population;
    @Option(names = "--generations", defaultValue = "50", description = "ga: most generations (default 50)")
    int generations;
    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
    long seed;
    @Option(names = "--max-trials", defaultValue = "1000000", description = "refuse grids larger than this (default 1000000)")
    long maxTrials;
    @Option(names = "--objective", defaultValue = "sharpe", paramLabel = "STAT|EXPR",
            description = "statistic or expression to maximize, e.g. sharpe, net_profit, 'sharpe * sqrt(trades)'")
    String objective;
    @Option(names = "--minimize", description = "minimize the objective instead (e.g. max_drawdown)")
    boolean minimize;
    @Option(names = "--min-trades", defaultValue = "0", description = "candidates need at least this many trades")
    int minTrades;
    @Option(names = "--max-trial-drawdown", defaultValue = "1", description = "candidates may lose at most this fraction from a peak, e.g. 0.3")
    double maxDrawdown;
    @Option(names = "--constraint", paramLabel = "EXPR", description = "a further condition on statistics, e.g. 'win_rate > 0.4'")
    String constraint;
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    Objective objective() { return Objective.of(objective, minimize, minTrades, maxDrawdown, constraint); }

    int threads() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UserError("--threads: expected >= 1, got " + n);
        return n;
    }

    Search search(ParamSpace space) {
        Predicate<int[]> allowed = Search.filter(space, where);
        if (trials < 1) throw new UserError("--trials: expected >= 1, got " + trials);
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "grid" -> new GridSearch(allowed, maxTrials);
            case "random" -> new RandomSearch(trials, seed, allowed);
            case "ga", "genetic" -> {
                if (population < 2) throw new UserError("--population: expected >= 2, got " + population);
                yield new GeneticSearch(population, generations, trials, seed, allowed);
            }
            default -> throw new UserError("--method: expected grid, random or ga, got '" + method + "'");
        };
    }

    /** The expected number of runs, for the progress bar (-1 when unknown). */
    long expected(ParamSpace space) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "grid" -> space.size();
            case "random", "ga", "genetic" -> Math.min(trials, space.size());
            default -> -1;
        };
    }
}
