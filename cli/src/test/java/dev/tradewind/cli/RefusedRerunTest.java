package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --config rerun refused because its data or strategy file changed is not recorded as a (failed) run. */
class RefusedRerunTest {
    @TempDir Path tmp;

    @Test
    void aRefusedRerunLeavesNoRunInTheStore() throws Exception {
        Path data = tmp.resolve("ESTX-day.txt");
        Files.copy(Path.of("../sample-data/2006-day-001.txt"), data);
        Path strategy = tmp.resolve("Flat.java");
        Files.writeString(strategy, "import dev.tradewind.strategy.*;\npublic class Flat implements Strategy {\n"
                + "    @Override public void onBar(Context ctx) { if (ctx.position().isFlat()) ctx.buy(1); }\n}\n");
        String store = tmp.resolve("runs.db").toString();
        Path out = tmp.resolve("out");
        CliRun.of("backtest", "--data", data.toString(), "--strategy", strategy.toString(), "--store", store, "--out", out.toString(), "-q").ok();
        String config = out.resolve("config.json").toString();
        CliRun.of("backtest", "--config", config, "--store", store, "-q").ok();
        assertThat(runs(store)).isEqualTo(2);

        Files.writeString(strategy, Files.readString(strategy).replace("buy(1)", "buy(2)"));
        CliRun changedStrategy = CliRun.of("backtest", "--config", config, "--store", store, "-q");
        assertThat(changedStrategy.code()).isEqualTo(2);
        assertThat(changedStrategy.err()).isEqualTo("error: " + strategy + ": the strategy file changed since the run was configured\n");
        assertThat(runs(store)).isEqualTo(2);

        Files.writeString(data, Files.readString(data) + "2007-01-02,4100,4110,4090,4105,0,0\n");
        CliRun changedData = CliRun.of("backtest", "--config", config, "--store", store, "-q");
        assertThat(changedData.code()).isEqualTo(2);
        assertThat(changedData.err()).startsWith("error: " + data + ": the file changed since the run was configured");
        assertThat(runs(store)).isEqualTo(2);
        JsonNode list = Json.MAPPER.readTree(CliRun.of("runs", "list", "--store", store, "--json").ok().out());
        for (JsonNode r : list) assertThat(r.get("status").asText()).isEqualTo("completed");
    }

    private static int runs(String store) throws Exception {
        return Json.MAPPER.readTree(CliRun.of("runs", "list", "--store", store, "--json").ok().out()).size();
    }
}
