package dev.tradewind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.PortfolioConfig.Member;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionConfigTest {
    @TempDir Path tmp;

    static final RunConfig.InstrumentConfig SPOT = new RunConfig.InstrumentConfig("spot", 0.01, 0.001, 1, 0.1);
    static final PortfolioConfig CANDIDATES = new PortfolioConfig(25_000, new RunConfig.CommissionConfig(0.04, 0, 0), 1,
            "next-open", List.of(
                    new Member("sma-cross/FILUSDT/1h", "sma-cross", "FILUSDT", "data/FIL.csv.gz", "1h", Map.of("fast", "20"), 0, true, SPOT),
                    new Member("rsi", "rsi-reversion", "NEARUSDT", "data/NEAR.csv.gz", "15m", Map.of(), 0, false, SPOT),
                    new Member("unused", "ema-cross", "FILUSDT", "data/FIL.csv.gz", "1d", Map.of(), 0.5, true, SPOT)));

    @Test
    void keepsOnlyWeightedMembersInConfigOrderWithEveryField() throws Exception {
        // "sma-cross_FILUSDT_1h" is how a member id looks as a file name
        PortfolioConfig p = ProductionConfig.build(List.of("rsi", "sma-cross_FILUSDT_1h", "other"), new double[] {0.25, 0.75, 0},
                CANDIDATES, 10_000);
        assertThat(p).isEqualTo(new PortfolioConfig(25_000, CANDIDATES.commission(), 1, "next-open", List.of(
                new Member("sma-cross/FILUSDT/1h", "sma-cross", "FILUSDT", "data/FIL.csv.gz", "1h", Map.of("fast", "20"), 0.75, true, SPOT),
                new Member("rsi", "rsi-reversion", "NEARUSDT", "data/NEAR.csv.gz", "15m", Map.of(), 0.25, true, SPOT))));
        Path f = tmp.resolve("portfolio.json");
        Files.writeString(f, Json.pretty(p));
        assertThat(Json.read(f, PortfolioConfig.class)).isEqualTo(p);
    }

    @Test
    void keepsTheZoneTheComplianceLimitsAndTheScheduleCutToTheKeptMembers() {
        // a config in New York time resamples days and hours there: a production config in UTC would trade other bars
        var limits = new PortfolioConfig.ComplianceConfig(2, 1.5, 1, 2);
        PortfolioConfig c = new PortfolioConfig(25_000, CANDIDATES.commission(), 1, "next-open", CANDIDATES.strategies(), limits,
                Map.of("2023-08-21", List.of("rsi", "unused"), "2023-08-01", List.of("sma-cross/FILUSDT/1h", "rsi", "unused")),
                "America/New_York");
        PortfolioConfig p = ProductionConfig.build(List.of("rsi", "sma-cross/FILUSDT/1h"), new double[] {0.5, 0.5}, c, 1);
        assertThat(p.zone()).isEqualTo("America/New_York");
        assertThat(p.compliance()).isEqualTo(limits);
        assertThat(p.schedule()).containsExactly(Map.entry("2023-08-01", List.of("sma-cross/FILUSDT/1h", "rsi")),
                Map.entry("2023-08-21", List.of("rsi")));
        assertThat(ProductionConfig.build(List.of("rsi"), new double[] {1}, CANDIDATES, 1).schedule()).isNull();
    }

    @Test
    void withoutCandidatesMembersHaveTheIdAndWeightOnly() {
        PortfolioConfig p = ProductionConfig.build(List.of("a", "b"), new double[] {0, 1}, null, 5_000);
        assertThat(p).isEqualTo(new PortfolioConfig(5_000, new RunConfig.CommissionConfig(0, 0, 0), 0, "next-open",
                List.of(new Member("b", null, null, null, null, null, 1, true, null))));
    }

    @Test
    void weightsAddingUpToMoreThanTheCapitalAreAProgrammingError() {
        assertThatThrownBy(() -> ProductionConfig.build(List.of("a", "b"), new double[] {0.6, 0.5}, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weights add up to 1.1 > 1");
    }

    @Test
    void aWeightedStrategyWithoutAMemberIsAnError() {
        assertThatThrownBy(() -> ProductionConfig.build(List.of("ghost"), new double[] {1}, CANDIDATES, 1))
                .isInstanceOf(UserError.class)
                .hasMessage("strategy 'ghost' has a weight but no member of the config has that id (members: "
                        + "sma-cross/FILUSDT/1h, rsi, unused)");
        PortfolioConfig twins = new PortfolioConfig(1, null, 0, "next-open", List.of(
                new Member("a/b", null, null, null, null, null, 0, true, null), new Member("a_b", null, null, null, null, null, 0, true, null),
                new Member("a:b", null, null, null, null, null, 0, true, null)));
        assertThat(ProductionConfig.find(twins, "a_b")).isEqualTo(1); // an exact id wins
        assertThat(ProductionConfig.find(twins, "a.b")).isEqualTo(-1); // '.' is kept, so nothing matches
        assertThatThrownBy(() -> ProductionConfig.find(twins, "a?b")).isInstanceOf(UserError.class)
                .hasMessageContaining("matches two members");
    }
}
