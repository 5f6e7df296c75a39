package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio imported into the registry runs from the store exactly as from its file, or the import refuses. */
class RegistryRoundTripTest {
    static final String FIL = "../sample-data/FILUSDT-1m-2023-08.csv.gz";
    static final String NEAR = "../sample-data/NEARUSDT-1m-2023-08.csv.gz";
    @TempDir Path tmp;

    @Test
    void importThenRunFromTheStoreGivesTheSameResultAsTheConfig() throws Exception {
        var fil = new RunConfig.InstrumentConfig("future", 0.001, 0.1, 1, 0.1, 0.04, 5.0);
        var near = new RunConfig.InstrumentConfig("future", 0.001, 1, 1, 0.2);
        // members out of name order, costs, slippage, close fills, compliance, a schedule and a zone: every setting
        PortfolioConfig c = new PortfolioConfig(30_000, new RunConfig.CommissionConfig(0.04, 0.02, 0.5, 0.001, 0.1), 2, "close",
                List.of(new PortfolioConfig.Member("sma/FIL/15m", "sma-cross", "FILUSDT", FIL, "15m", Map.of("fast", "8", "slow", "32"),
                                0.4, true, fil),
                        new PortfolioConfig.Member("ema/FIL/1h", "ema-cross", "FILUSDT", FIL, "1h", Map.of(), 0.3, true, fil),
                        new PortfolioConfig.Member("rsi/NEAR/1m", "rsi-reversion", "NEARUSDT", NEAR, "1m", Map.of("shorts", "true"),
                                0.3, true, near)),
                new PortfolioConfig.ComplianceConfig(1.5, 1.0, 0.8, 2),
                Map.of("2023-08-01", List.of("sma/FIL/15m", "rsi/NEAR/1m"), "2023-08-15", List.of("ema/FIL/1h", "rsi/NEAR/1m")),
                "Europe/Berlin");
        Path cfg = tmp.resolve("p.json");
        Files.writeString(cfg, Json.pretty(c));
        String store = tmp.resolve("runs.db").toString();

        JsonNode fromFile = Json.MAPPER.readTree(CliRun.of("portfolio", "--config", cfg.toString(), "--json").ok().out());
        assertThat(CliRun.of("registry", "import", cfg.toString(), "--store", store).ok().out())
                .isEqualTo("Registered 3 strategies and the portfolio's settings from " + cfg + "\n");
        JsonNode fromStore = Json.MAPPER.readTree(CliRun.of("portfolio", "--from-store", "--store", store, "--json").ok().out());
        assertThat(fromStore).isEqualTo(fromFile);
        assertThat(fromFile.get("account").get("net_profit").asDouble()).isNotZero();

        // the same config without costs gives another result: the costs were what the store used to drop
        PortfolioConfig free = new PortfolioConfig(c.cash(), new RunConfig.CommissionConfig(0, 0, 0), 0, c.fill(), c.strategies(),
                c.compliance(), c.schedule(), c.zone());
        Path freeCfg = tmp.resolve("free.json");
        Files.writeString(freeCfg, Json.pretty(free));
        JsonNode costless = Json.MAPPER.readTree(CliRun.of("portfolio", "--config", freeCfg.toString(), "--json").ok().out());
        assertThat(costless.get("account")).isNotEqualTo(fromFile.get("account"));

        // options given with --from-store replace the imported settings, as they say
        JsonNode overridden = Json.MAPPER.readTree(CliRun.of("portfolio", "--from-store", "--store", store, "--commission", "0%",
                "--slippage-bps", "0", "--json").ok().out());
        assertThat(overridden.get("account")).isEqualTo(costless.get("account"));

        // another portfolio imported into the same registry: its settings replace these, and the import says what else runs
        PortfolioConfig other = new PortfolioConfig(5_000, null, 0, null, List.of(member(c.strategies().get(0), "x")));
        Path otherCfg = tmp.resolve("other.json");
        Files.writeString(otherCfg, Json.pretty(other));
        assertThat(CliRun.of("registry", "import", otherCfg.toString(), "--store", store).ok().out()).endsWith("The registry also "
                + "holds 3 strategies from earlier imports (ema/FIL/1h, rsi/NEAR/1m, sma/FIL/15m); portfolio --from-store runs them "
                + "too, with these settings\n");
    }

    @Test
    void aConfigTheRegistryCannotHoldIsRefusedAndNothingIsImported() throws Exception {
        var lot01 = new RunConfig.InstrumentConfig("future", 0.001, 0.1, 1, 0.1);
        var lot1 = new RunConfig.InstrumentConfig("future", 0.001, 1, 1, 0.1);
        // two members on one symbol with different instruments: the registry keeps one instrument per symbol
        PortfolioConfig c = new PortfolioConfig(10_000, null, 0, null, List.of(
                new PortfolioConfig.Member("a", "sma-cross", "FILUSDT", FIL, "15m", Map.of(), 0.5, true, lot01),
                new PortfolioConfig.Member("b", "ema-cross", "FILUSDT", FIL, "1h", Map.of(), 0.5, true, lot1)));
        Path cfg = tmp.resolve("p.json");
        Files.writeString(cfg, Json.pretty(c));
        String store = tmp.resolve("runs.db").toString();
        CliRun refused = CliRun.of("registry", "import", cfg.toString(), "--store", store);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("error: registry: cannot keep strategies[1].instrument.lot of this config in the store; "
                + "nothing was imported (run it with portfolio --config FILE)\n");
        assertThat(CliRun.of("registry", "list", "--store", store).ok().out().lines()).hasSize(1);

        CliRun missing = CliRun.of("registry", "import", cfg.toString().replace("p.json", "none.json"), "--store", store);
        assertThat(missing.code()).isEqualTo(2);
        PortfolioConfig noFile = new PortfolioConfig(10_000, null, 0, null, List.of(
                new PortfolioConfig.Member("a", "sma-cross", "FILUSDT", "no-such-file.csv", "15m", Map.of(), 0.5, true, lot01)));
        Files.writeString(cfg, Json.pretty(noFile));
        CliRun noData = CliRun.of("registry", "import", cfg.toString(), "--store", store);
        assertThat(noData.code()).isEqualTo(2);
        assertThat(noData.err()).startsWith("error: registry: no such file: ").contains("no-such-file.csv");
    }

    @Test
    void aRegistryWithoutSettingsSaysWhatItUses() {
        String store = tmp.resolve("old.db").toString();
        try (var s = dev.tradewind.store.RunStore.open(dev.tradewind.store.StoreTarget.resolve(store), true)) {
            s.registry().put(new dev.tradewind.store.StrategyEntry("sma", "sma-cross", "FILUSDT", "1h", FIL, true, 1, Map.of()));
        }
        CliRun run = CliRun.of("portfolio", "--from-store", "--store", store, "--json").ok();
        assertThat(run.err()).startsWith("warning: the registry keeps no portfolio settings (imported by an older version)");
        assertThat(CliRun.of("portfolio", "--config", "x.json", "--cash", "5").code()).isEqualTo(2);
    }

    private static PortfolioConfig.Member member(PortfolioConfig.Member m, String id) {
        return new PortfolioConfig.Member(id, m.strategy(), m.symbol(), m.data(), m.timeframe(), m.params(), m.weight(), m.enabled(),
                m.instrument());
    }
}
