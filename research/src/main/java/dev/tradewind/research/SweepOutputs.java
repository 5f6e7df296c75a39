package dev.tradewind.research;

import dev.tradewind.runner.Num;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a sweep: {@code trials.csv} (one row per trial: id, every parameter, objective, feasible, every
 * statistic), {@code best.csv} (the best feasible trials, same columns, best first), {@code summary.json} (the
 * method, objective, counts, best set, deflated Sharpe ratio and PBO) and heatmaps.
 */
public final class SweepOutputs {
    private SweepOutputs() {}

    /** Writes trials.csv, best.csv and summary.json into {@code dir}. */
    public static void write(Path dir, SweepResult r, Overfitting o, int top) {
        List<String> header = header(r);
        ResearchFiles.csv(dir.resolve("trials.csv"), header, w -> r.trials().forEach(t -> w.writeRecord(row(t))));
        ResearchFiles.csv(dir.resolve("best.csv"), header, w -> r.best(top).forEach(t -> w.writeRecord(row(t))));
        ResearchFiles.json(dir.resolve("summary.json"), summary(r, o, top));
    }

    /** The CSV header: id, parameters, objective, feasible, statistics. */
    public static List<String> header(SweepResult r) {
        List<String> h = new ArrayList<>(List.of("trial"));
        if (!r.trials().isEmpty()) h.addAll(r.trials().get(0).params().keySet());
        h.add("objective");
        h.add("feasible");
        h.addAll(Objective.NAMES);
        return h;
    }

    /** One trial as a CSV row. */
    public static List<String> row(Trial t) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(t.id()));
        row.addAll(t.params().values());
        row.add(Num.plain(t.objective()));
        row.add(Boolean.toString(t.feasible()));
        for (Object v : t.statistics().toMap().values()) row.add(v instanceof Double d ? Num.plain(d) : String.valueOf(v));
        return row;
    }

    /** summary.json as a map. */
    public static Map<String, Object> summary(SweepResult r, Overfitting o, int top) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", r.strategy());
        m.put("method", r.method());
        m.put("objective", r.objective().describe());
        Map<String, Object> ranges = new LinkedHashMap<>();
        for (Dimension d : r.space().dimensions()) ranges.put(d.name(), d.levels());
        m.put("ranges", ranges);
        m.put("fixed", r.space().fixed());
        m.put("trials", r.trials().size());
        if (!r.note().isEmpty()) m.put("note", r.note());
        m.put("feasible", r.feasible());
        List<Map<String, Object>> best = new ArrayList<>();
        for (Trial t : r.best(top)) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("trial", t.id());
            b.put("params", t.params());
            b.put("objective", t.objective());
            b.put("statistics", t.statistics().toMap());
            best.add(b);
        }
        m.put("best", best);
        if (o != null) m.put("overfitting", overfitting(o));
        return m;
    }

    /** The overfitting statistics as a map. */
    public static Map<String, Object> overfitting(Overfitting o) {
        Map<String, Object> m = new LinkedHashMap<>();
        DeflatedSharpe.Result d = o.deflated();
        Map<String, Object> dsr = new LinkedHashMap<>();
        dsr.put("sharpe_per_period", d.sharpe());
        dsr.put("expected_max_sharpe", d.threshold());
        dsr.put("deflated_sharpe", d.dsr());
        dsr.put("probabilistic_sharpe", d.psr());
        dsr.put("trials", d.trials());
        dsr.put("sharpe_variance", d.variance());
        dsr.put("periods", d.periods());
        dsr.put("skewness", d.skewness());
        dsr.put("kurtosis", d.kurtosis());
        m.put("deflated_sharpe", dsr);
        if (o.pbo() != null) {
            Cscv.Result c = o.pbo();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("pbo", c.pbo());
            p.put("blocks", c.blocks());
            p.put("splits", c.splits());
            p.put("periods_per_block", c.rowsPerBlock());
            p.put("probability_of_loss", c.probabilityOfLoss());
            p.put("degradation_slope", c.degradationSlope());
            p.put("median_logit", median(c.logits()));
            m.put("pbo", p);
        }
        if (!o.note().isEmpty()) m.put("note", o.note());
        return m;
    }

    static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
