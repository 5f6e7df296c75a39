package dev.tradewind.cli.research;

import dev.tradewind.cli.RunOptions;

import dev.tradewind.model.Times;
import dev.tradewind.model.UserError;
import dev.tradewind.research.LookaheadCheck;
import dev.tradewind.research.PeriodReturns;
import dev.tradewind.research.StrategyRunner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind check-lookahead}: exit 0 when no decision changed, 1 when one did. */
@Command(name = "check-lookahead", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-run a strategy on data cut off at many points and compare its orders at every bar with the full run.",
                "Any bar whose orders changed used data from after it (or state left by an earlier run). Exit code 1 when one is found."})
public final class CheckLookaheadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions run;

    @Option(names = "--cuts", defaultValue = "20", description = "cut points, spread evenly after the warm-up (default 20)")
    int cuts;
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;
    @Option(names = "--show", defaultValue = "10", description = "differences to print (default 10)")
    int show;
    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() {
        if (cuts < 1) throw new UserError("--cuts: expected >= 1, got " + cuts);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UserError("--threads: expected >= 1, got " + n);
        StrategyRunner runner = StrategyRunner.load(run.config(), PeriodReturns.daily());
        LookaheadCheck.Result r;
        try (TrialProgress p = TrialProgress.start("check-lookahead", "runs", cuts, quiet)) {
            r = LookaheadCheck.run(runner, run.params(), cuts, n, p);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("check-lookahead " + run.strategy() + ": " + r.bars() + " bars, " + r.cuts().length + " cut runs, "
                + r.compared() + " bar decisions compared");
        if (!r.repeatable()) w.println("NOT REPEATABLE: a second full run sent different orders (state kept between runs, e.g. a static field)");
        if (r.passed()) {
            w.println("PASS: no decision changed when later data was removed");
        } else {
            w.println("FAIL: " + r.differences().size() + " bar(s) whose decision changed:");
            r.differences().stream().limit(show).forEach(d -> w.println("  bar " + d.bar() + " (" + Times.format(d.time()) + "), run of "
                    + (d.cut() == r.bars() ? "all bars repeated" : d.cut() + " bars") + ": full run [" + d.full().replace("\n", "; ")
                    + "] vs [" + d.truncated().replace("\n", "; ") + "]"));
        }
        w.flush();
        return r.passed() ? 0 : 1;
    }
}
