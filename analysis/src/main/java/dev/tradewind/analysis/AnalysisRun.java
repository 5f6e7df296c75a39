package dev.tradewind.analysis;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One analysis from files to results: what the {@code analyze} and {@code weight} commands run. */
public final class AnalysisRun {
    private AnalysisRun() {}

    /**
     * What to do.
     *
     * @param files     trades CSVs
     * @param capital   starting capital of every curve, or null: the config's cash, else 10,000
     * @param options   zone, annualization and grouping ({@code options.capital()} is replaced by the resolved capital)
     * @param method    how to weight, or null for no weighting
     * @param minWeight weights below it become 0 (see {@link Weighting})
     * @param config    candidate members for the production config, or null
     * @param out       directory for the files, or null
     */
    public record Request(List<Path> files, Double capital, AnalysisOptions options, WeightMethod method, double minWeight,
            Path config, Path out) {}

    /**
     * What came out; {@code weights} is null without a method, {@code production} (the production config) is null
     * without a method or with {@link WeightMethod.Given given} weights.
     */
    public record Response(Analysis analysis, Weighting.Result weights, PortfolioConfig production, Map<String, Object> results,
            String report) {}

    public static Response run(Request r) {
        PortfolioConfig candidates = r.config() == null ? null : Json.read(r.config(), PortfolioConfig.class);
        double capital = r.capital() != null ? r.capital() : candidates != null ? candidates.cash() : 10_000;
        if (!(capital > 0) || Double.isInfinite(capital)) throw new UserError("--capital: expected a positive amount, got " + capital);
        AnalysisOptions options = r.options().withCapital(capital);
        List<TradeRow> rows = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Path f : r.files()) {
            rows.addAll(TradeCsv.read(f, options.zone()));
            files.add(f.toString());
        }
        Analysis a = Analysis.of(rows, options);
        Weighting.Result weights = null;
        PortfolioConfig production = null;
        Map<String, Object> weighting = null;
        if (r.method() != null) {
            Weighting.Result w = Weighting.compute(a, r.method(), r.minWeight());
            List<String> notes = new ArrayList<>(w.notes());
            if (!(r.method() instanceof WeightMethod.Given)) { // given weights only shape the combined curve
                production = ProductionConfig.build(a.names(), w.weights(), candidates, capital);
                notes.addAll(productionNotes(a, candidates));
            }
            weights = new Weighting.Result(w.method(), w.weights(), List.copyOf(notes));
            weighting = describe(r, weights);
        }
        Map<String, Object> results = AnalysisReport.toMap(a, files, weights, weighting);
        if (r.out() != null) {
            Portfolio combined = weights == null ? a.combined() : a.combine(weights.weights());
            AnalysisFiles.write(r.out(), a, results, combined, production);
        }
        return new Response(a, weights, production, results, AnalysisReport.render(a, weights));
    }

    private static List<String> productionNotes(Analysis a, PortfolioConfig candidates) {
        if (candidates == null) {
            return List.of(AnalysisFiles.PRODUCTION_CONFIG + " lists member ids and weights only: pass --config PORTFOLIO.json "
                    + "(the candidate members) to fill in strategy, symbol, data, timeframe and params");
        }
        List<String> notes = new ArrayList<>();
        List<PortfolioConfig.Member> members = candidates.strategies() == null ? List.of() : candidates.strategies();
        for (int k = 0; k < members.size(); k++) {
            boolean traded = false;
            for (String name : a.names()) traded |= ProductionConfig.find(candidates, name) == k;
            if (!traded) notes.add("config member '" + members.get(k).id() + "' has no trades in the files: left out");
        }
        return notes;
    }

    private static Map<String, Object> describe(Request r, Weighting.Result w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", w.method().name());
        if (w.method() instanceof WeightMethod.Binary b) {
            m.put("metric", b.metric());
            m.put("threshold", b.threshold());
        }
        m.put("min_weight", r.minWeight());
        m.put("config", r.config() == null ? null : r.config().toString());
        boolean written = r.out() != null && !(w.method() instanceof WeightMethod.Given);
        m.put("production_config", written ? r.out().resolve(AnalysisFiles.PRODUCTION_CONFIG).toString() : null);
        return m;
    }
}
