package dev.tradewind.cli.store;

import dev.tradewind.runner.Json;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRun;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind runs show ID}: one run, its configuration and statistics. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one recorded run: what ran, how it ended, its statistics.")
final class RunsShow implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Stores stores;

    @Parameters(paramLabel = "ID", description = "the run id (see: tradewind runs list)")
    long id;
    @Option(names = "--json", description = "print the run as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        RunStore store = stores.open();
        StoredRun r = Stores.run(store, id);
        Map<String, Long> counts = Stores.call(() -> store.counts(id));
        if (json) {
            Map<String, Object> out = summary(r);
            out.put("config", r.config() == null ? null : Stores.call(() -> readTree(r.config())));
            out.put("rows", counts);
            RunsCommand.print(spec.commandLine(), Json.compact(out) + "\n");
            return 0;
        }
        StringBuilder out = new StringBuilder();
        String title = "Run " + r.id() + " (" + r.status().label() + ")";
        out.append(title).append('\n').append("-".repeat(title.length())).append('\n');
        Table t = new Table(false);
        t.row("strategy", r.strategy() + (r.strategySha256() == null ? "" : " (sha256 " + r.strategySha256() + ")"));
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(r.params()).entrySet()) t.row("  " + p.getKey(), p.getValue());
        t.row("mode", mode(r.data()));
        t.row("data", r.data() == null ? "" : r.data());
        if (r.dataFingerprint() != null) t.row("data sha256", r.dataFingerprint());
        if (r.symbol() != null) t.row("symbol", r.symbol());
        t.row("started", Format.time(r.startedNs()) + " UTC");
        if (r.endedNs() != 0) {
            t.row("ended", Format.time(r.endedNs()) + " UTC (" + String.format(java.util.Locale.ROOT, "%.1f", (r.endedNs() - r.startedNs()) / 1e9) + " s)");
        }
        if (r.message() != null) t.row("message", r.message());
        t.row("code", r.codeVersion());
        t.row("host", r.host() + ", pid " + r.pid());
        if (r.ordersHash() != null) t.row("orders hash", r.ordersHash());
        t.row("stored", counts.get("orders") + " orders, " + counts.get("order_events") + " order events, " + counts.get("fills")
                + " fills, " + counts.get("trades") + " trades, " + counts.get("bars") + " bars of equity, " + counts.get("logs")
                + " log lines");
        out.append(indent(t.toString())).append('\n');
        if (!r.statistics().isEmpty()) {
            out.append("Statistics\n----------\n");
            Table s = new Table(false);
            for (Map.Entry<String, Object> e : r.statistics().entrySet()) {
                // params and returns by period are maps: shown elsewhere or too long for a row
                if (!e.getKey().equals("strategy") && !(e.getValue() instanceof Map)) s.row(e.getKey(), Format.stat(e.getValue()));
            }
            out.append(indent(s.toString()));
        }
        RunsCommand.print(spec.commandLine(), out.toString());
        return 0;
    }

    /** How the run was driven: {@code paper} (its data names the exchange stream), else {@code backtest}. */
    static String mode(String data) {
        return data == null ? "backtest" : data.startsWith("paper:") ? "paper" : data.startsWith("live:") ? "live" : "backtest";
    }

    /** The run's facts and statistics as a JSON-ready map. */
    static Map<String, Object> summary(StoredRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("status", r.status().label());
        m.put("mode", mode(r.data()));
        m.put("strategy", r.strategy());
        m.put("params", r.params());
        m.put("symbol", r.symbol());
        m.put("data", r.data());
        m.put("data_sha256", r.dataFingerprint());
        m.put("strategy_sha256", r.strategySha256());
        m.put("code_version", r.codeVersion());
        m.put("started", Format.time(r.startedNs()));
        m.put("ended", r.endedNs() == 0 ? null : Format.time(r.endedNs()));
        m.put("message", r.message());
        m.put("host", r.host());
        m.put("pid", r.pid());
        m.put("orders_hash", r.ordersHash());
        m.put("statistics", r.statistics());
        return m;
    }

    static Object readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            return json;
        }
    }

    private static String indent(String s) { return s.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n"); }
}
