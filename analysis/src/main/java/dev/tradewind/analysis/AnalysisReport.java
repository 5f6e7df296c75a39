package dev.tradewind.analysis;

import dev.tradewind.runner.Num;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an analysis shows: {@link #toMap} is results.json (and the {@code --json} output), {@link #render} the console
 * report. {@code weights} is null when nothing was weighted: the combined series then holds every strategy with
 * weight 1.
 */
public final class AnalysisReport {
    private AnalysisReport() {}

    /** The results object: assumptions, every series' statistics (and weight), the combined series, correlation. */
    public static Map<String, Object> toMap(Analysis a, List<String> files, Weighting.Result weights, Map<String, Object> weighting) {
        Portfolio p = weights == null ? a.combined() : a.combine(weights.weights());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("capital", a.options().capital());
        m.put("zone", a.options().zone().getId());
        m.put("calendar", a.grid().weekends() ? "every day" : "weekdays");
        m.put("periods_per_year", a.periodsPerYear());
        m.put("first", a.grid().date(0).toString());
        m.put("last", a.grid().date(a.grid().size() - 1).toString());
        m.put("days", a.grid().size());
        m.put("group_by", a.options().by().name().toLowerCase(java.util.Locale.ROOT));
        m.put("files", files);
        m.put("pnl_basis", "closed trades: net_profit sums the closed trades' net PnL; a trade open at the end of a run is not counted");
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", a.names().get(i));
            if (weights != null) s.put("weight", weights.weights()[i]);
            s.putAll(a.summary(i).toMap());
            series.add(s);
        }
        m.put("strategies", series);
        Map<String, Object> combined = new LinkedHashMap<>();
        Map<String, Double> w = new LinkedHashMap<>();
        for (int i = 0; i < a.size(); i++) w.put(a.names().get(i), p.weights()[i]);
        combined.put("weights", w);
        combined.putAll(p.summary().toMap());
        m.put("combined", combined);
        Map<String, Object> corr = new LinkedHashMap<>();
        corr.put("names", a.names());
        List<List<Double>> rows = new ArrayList<>();
        for (double[] r : a.correlation()) {
            List<Double> row = new ArrayList<>();
            for (double v : r) row.add(Double.isNaN(v) ? null : v);
            rows.add(row);
        }
        corr.put("matrix", rows);
        m.put("correlation", corr);
        if (weighting != null) m.put("weighting", weighting);
        if (weights != null) m.put("notes", weights.notes());
        return m;
    }

    /** The console report. */
    public static String render(Analysis a, Weighting.Result weights) {
        Portfolio p = weights == null ? a.combined() : a.combine(weights.weights());
        StringBuilder out = new StringBuilder();
        out.append("Capital ").append(Num.fixed(a.options().capital(), 2))
                .append(" per equity curve (the cash the trades were made with; --capital); days in ")
                .append(a.options().zone().getId()).append(", ").append(a.grid().weekends() ? "every day" : "weekdays")
                .append(", ").append(Num.plain(a.periodsPerYear())).append(" per year; ").append(a.grid().date(0))
                .append(" .. ").append(a.grid().date(a.grid().size() - 1)).append("\n\n");
        List<String> head = new ArrayList<>();
        head.add("");
        for (int i = 0; i < a.size(); i++) head.add("[" + (i + 1) + "]");
        head.add(weights == null ? "combined" : "portfolio");
        List<List<String>> rows = new ArrayList<>();
        rows.add(head);
        if (weights != null) {
            List<String> row = new ArrayList<>(List.of("weight"));
            for (double v : weights.weights()) row.add(Num.fixed(v, 4));
            row.add(Num.fixed(Weighting.sum(weights.weights()), 4));
            rows.add(row);
        }
        String[][] metrics = {
            {"trades", "int"}, {"pct_winners", "%"}, {"expectancy", "2"}, {"avg_win", "2"}, {"avg_loss", "2"},
            {"payoff_ratio", "2"}, {"profit_factor", "2"}, {"longest_losing_streak", "int"}, {"net_profit", "2"},
            {"total_return", "%"}, {"max_drawdown", "%"}, {"volatility", "%"}, {"sharpe", "2"}, {"sortino", "2"},
            {"pct_months_profitable", "%"}, {"pct_weeks_profitable", "%"}};
        for (String[] k : metrics) {
            List<String> row = new ArrayList<>(List.of(k[0].equals("net_profit") ? "net profit (closed)" : k[0].replace('_', ' ')));
            for (int i = 0; i < a.size(); i++) row.add(format(a.summary(i).metric(k[0]), k[1]));
            row.add(format(p.summary().metric(k[0]), k[1]));
            rows.add(row);
        }
        out.append("Statistics (combined: ").append(weights == null ? "every strategy with weight 1" : weights.method().name() + " weights")
                .append(")\n");
        table(out, rows);
        out.append("  net profit (closed): the sum of the closed trades' net PnL; a trade still open at the end of a run is in no "
                + "trades file, so it is not counted (batch shows it as open pnl)\n\n");
        for (int i = 0; i < a.size(); i++) out.append("  [").append(i + 1).append("] ").append(a.names().get(i)).append('\n');
        out.append("\nCorrelation of daily returns (Pearson)\n");
        List<List<String>> corr = new ArrayList<>();
        List<String> ch = new ArrayList<>(List.of(""));
        for (int i = 0; i < a.size(); i++) ch.add("[" + (i + 1) + "]");
        corr.add(ch);
        for (int i = 0; i < a.size(); i++) {
            List<String> row = new ArrayList<>(List.of("[" + (i + 1) + "]"));
            for (double v : a.correlation()[i]) row.add(Double.isNaN(v) ? "n/a" : Num.fixed(v, 2));
            corr.add(row);
        }
        table(out, corr);
        if (weights != null && !weights.notes().isEmpty()) {
            out.append("\nNotes\n");
            for (String n : weights.notes()) out.append("  ").append(n).append('\n');
        }
        return out.toString();
    }

    private static String format(double v, String kind) {
        return switch (kind) {
            case "int" -> Long.toString(Math.round(v));
            case "%" -> Num.percent(v);
            default -> Num.fixed(v, Integer.parseInt(kind));
        };
    }

    /** Right-aligned columns after a left-aligned first column. */
    private static void table(StringBuilder out, List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], r.get(c).length());
        for (List<String> r : rows) {
            out.append("  ").append(r.get(0)).append(" ".repeat(width[0] - r.get(0).length()));
            for (int c = 1; c < cols; c++) out.append("  ").append(" ".repeat(width[c] - r.get(c).length())).append(r.get(c));
            out.append('\n');
        }
    }
}
