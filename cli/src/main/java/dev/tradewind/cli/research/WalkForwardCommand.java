package dev.tradewind.cli.research;

import dev.tradewind.cli.RunOptions;

import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.Times;
import dev.tradewind.model.UserError;
import dev.tradewind.research.Dimension;
import dev.tradewind.research.ParamSpace;
import dev.tradewind.research.PeriodReturns;
import dev.tradewind.research.ResearchFiles;
import dev.tradewind.research.StrategyRunner;
import dev.tradewind.research.WalkForward;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind walk-forward}: optimize in sample, trade out of sample, window after window. */
@Command(name = "walk-forward", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Walk-forward analysis: in each window, search the training span and trade the best set on the test span that follows.",
                "Reports the stitched out-of-sample result, walk-forward efficiency and the parameter path."})
public final class WalkForwardCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions run;
    @Mixin SearchOptions search;

    @Option(names = "--train", required = true, paramLabel = "SPAN", description = "in-sample span: a duration (14d, 12h, 2w) or a bar count (5000)")
    String train;
    @Option(names = "--test", required = true, paramLabel = "SPAN", description = "out-of-sample span, same kind")
    String test;
    @Option(names = "--step", paramLabel = "SPAN", description = "how far windows move (default: the test span)")
    String step;
    @Option(names = "--anchored", description = "every training span starts at the first bar (default: rolling)")
    boolean anchored;
    @Option(names = "--out", paramLabel = "DIR", description = "write windows.csv, oos-equity.csv, summary.json")
    Path out;
    @Option(names = "--json", description = "print summary.json on stdout instead of the report")
    boolean json;
    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() {
        boolean bars = train.strip().chars().allMatch(Character::isDigit);
        long tr = span(train, bars, "--train"), te = span(test, bars, "--test"), st = step == null ? te : span(step, bars, "--step");
        WalkForward.Plan plan = new WalkForward.Plan(tr, te, st, anchored, bars);
        StrategyRunner runner = StrategyRunner.load(run.config(), PeriodReturns.daily());
        ParamSpace space = ParamSpace.of(runner.schema(), search.ranges, run.params());
        times = runner.data().bars().time();
        int windows = WalkForward.windows(runner.data().bars(), plan).size();
        WalkForward.Result r;
        try (TrialProgress p = TrialProgress.start("walk-forward", "windows", windows, quiet)) {
            r = WalkForward.run(runner, space, search.objective(), w -> search.search(space), plan, search.threads(), p::step);
        }
        if (out != null) write(out, r, space);
        PrintWriter w = spec.commandLine().getOut();
        if (json) w.print(Json.pretty(summary(r)));
        else {
            report(w, r, space);
            if (out != null) w.println("Files written to " + out);
        }
        w.flush();
        return 0;
    }

    private static long span(String text, boolean bars, String option) {
        String s = text.strip();
        boolean isBars = s.chars().allMatch(Character::isDigit);
        if (isBars != bars) throw new UserError(option + ": give every span as a duration (14d) or every span as a bar count (5000), got '" + text + "'");
        if (bars) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new UserError(option + ": expected a bar count, got '" + text + "'");
            }
        }
        try {
            return Timeframe.parse(s).nanos();
        } catch (DataException e) {
            throw new UserError(option + ": " + e.getMessage(), e);
        }
    }

    private void report(PrintWriter w, WalkForward.Result r, ParamSpace space) {
        w.println("Walk-forward of " + run.strategy() + " (" + (anchored ? "anchored" : "rolling") + ", train " + train + ", test " + test
                + "): " + r.steps().size() + " windows, " + r.trials() + " trials in all; " + search.objective().describe());
        w.println();
        w.printf(java.util.Locale.ROOT, "%-4s %-17s %-17s %-34s %10s %10s %10s%n", "win", "test from", "test to", "chosen", "IS obj", "OOS obj", "OOS ret");
        for (WalkForward.Step s : r.steps()) {
            w.printf(java.util.Locale.ROOT, "%-4d %-17s %-17s %-34s %10s %10s %10s%n", s.window().index(), timeOf(s.window().testFrom()),
                    timeOf(s.window().testTo() - 1), chosen(s, space),
                    s.chosen() == null ? "-" : Num.fixed(s.chosen().objective(), 3),
                    Num.fixed(search.objective().value(s.outOfSample()), 3), Num.percent(s.outOfSample().totalReturn()));
        }
        w.println();
        var st = r.statistics();
        w.println("Out of sample, stitched: return " + Num.percent(st.totalReturn()) + ", Sharpe " + Num.fixed(st.sharpe(), 3)
                + ", max drawdown " + Num.percent(st.maxDrawdown()) + ", trades " + st.trades());
        w.println("Walk-forward efficiency (annualized OOS / IS return): " + Num.fixed(r.efficiency(), 3));
    }

    private long[] times;

    private String timeOf(int bar) {
        return times == null || bar >= times.length ? "" : Times.format(times[bar]).replace("T", " ").substring(0, 16);
    }

    private static String chosen(WalkForward.Step s, ParamSpace space) {
        if (s.chosen() == null) return "(none feasible: flat)";
        StringBuilder b = new StringBuilder();
        for (Dimension d : space.dimensions()) b.append(b.isEmpty() ? "" : " ").append(d.name()).append('=').append(s.chosen().params().get(d.name()));
        return b.toString();
    }

    private Map<String, Object> summary(WalkForward.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", run.strategy());
        m.put("mode", anchored ? "anchored" : "rolling");
        m.put("train", train);
        m.put("test", test);
        m.put("objective", search.objective().describe());
        m.put("windows", r.steps().size());
        m.put("trials", r.trials());
        m.put("walk_forward_efficiency", r.efficiency());
        m.put("out_of_sample", r.statistics().toMap());
        List<Map<String, Object>> path = new ArrayList<>();
        for (WalkForward.Step s : r.steps()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("window", s.window().index());
            p.put("params", s.chosen() == null ? null : s.chosen().params());
            p.put("in_sample_objective", s.chosen() == null ? null : s.chosen().objective());
            p.put("out_of_sample_objective", search.objective().value(s.outOfSample()));
            p.put("out_of_sample_return", s.outOfSample().totalReturn());
            path.add(p);
        }
        m.put("parameter_path", path);
        return m;
    }

    private void write(Path dir, WalkForward.Result r, ParamSpace space) {
        List<String> header = new ArrayList<>(List.of("window", "train_from", "train_to", "test_from", "test_to", "trials"));
        for (Dimension d : space.dimensions()) header.add(d.name());
        header.addAll(List.of("is_objective", "oos_objective", "is_annual_return", "oos_annual_return", "oos_return", "oos_trades"));
        ResearchFiles.csv(dir.resolve("windows.csv"), header, w -> {
            for (WalkForward.Step s : r.steps()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(s.window().index()), timeOf(s.window().trainFrom()),
                        timeOf(s.window().trainTo()), timeOf(s.window().testFrom()), timeOf(s.window().testTo() - 1), Integer.toString(s.trials())));
                for (Dimension d : space.dimensions()) row.add(s.chosen() == null ? "" : s.chosen().params().get(d.name()));
                row.add(s.chosen() == null ? "" : Num.plain(s.chosen().objective()));
                row.add(Num.plain(search.objective().value(s.outOfSample())));
                row.add(Num.plain(s.inSampleAnnualReturn()));
                row.add(Num.plain(s.outOfSampleAnnualReturn()));
                row.add(Num.plain(s.outOfSample().totalReturn()));
                row.add(Integer.toString(s.outOfSample().trades()));
                w.writeRecord(row);
            }
        });
        ResearchFiles.csv(dir.resolve("oos-equity.csv"), List.of("time", "equity"), w -> {
            for (int i = 0; i < r.time().length; i++) w.writeRecord(Times.format(r.time()[i]), Num.plain(r.equity()[i]));
        });
        ResearchFiles.json(dir.resolve("summary.json"), summary(r));
    }
}
