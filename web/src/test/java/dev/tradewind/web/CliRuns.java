package dev.tradewind.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.Recording;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Runs recorded in a store as {@code tradewind backtest} records them, starting from the settings of {@code tradewind demo}. */
final class CliRuns {
    static final Path HOME = Path.of(System.getProperty("tradewind.home", ".."));
    static final String DEMO_DATA = "FILUSDT-1m-2023-08.csv.gz";

    /** A run in the store: its id and what the backtest gave. */
    record Recorded(String id, Backtester.Outcome outcome) {
        String ordersHash() { return (String) outcome.results().get("orders_hash"); }
    }

    private CliRuns() {}

    /**
     * The demo's configuration as {@code tradewind demo} builds it (sma-cross 60/240 at 90% on the FIL/USDT perpetual,
     * future, tick 0.001, lot 0.1, margin 10%, 0.04% commission, 1 bps slippage), with {@code change} applied to its JSON.
     */
    static RunConfig demo(Consumer<ObjectNode> change) throws JsonProcessingException {
        ObjectNode n = Json.MAPPER.valueToTree(RunConfig.defaults());
        n.put("data", HOME.resolve("sample-data").resolve(DEMO_DATA).toString());
        n.put("strategy", "sma-cross");
        ObjectNode params = n.putObject("params");
        params.put("fast", "60").put("slow", "240").put("percent", "90");
        n.put("cash", 10_000);
        n.with("commission").put("percent", 0.04);
        n.put("slippage_bps", 1);
        n.with("instrument").put("kind", "future").put("tick", 0.001).put("lot", 0.1).put("margin", 0.1);
        change.accept(n);
        return Json.MAPPER.treeToValue(n, RunConfig.class);
    }

    /** Runs {@code config} and records it in {@code store} with the CLI's store calls and config JSON. */
    static Recorded record(Path store, RunConfig config) {
        RunHistory history = RunHistory.open(store.toString());
        Recording recording = history.begin(config, "tradewind cli (test)");
        Backtester.Outcome outcome = Backtester.run(config, null);
        RunHistory.complete(recording, outcome);
        return new Recorded(Long.toString(recording.id()), outcome);
    }
}
