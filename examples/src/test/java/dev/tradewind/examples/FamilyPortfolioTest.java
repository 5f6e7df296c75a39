package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Compliance;
import dev.tradewind.engine.PortfolioEngine;
import dev.tradewind.engine.PortfolioMember;
import dev.tradewind.engine.Schedule;
import dev.tradewind.model.BarSeries;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each family alone in a portfolio run (the path of {@code tradewind batch} and {@code portfolio}) trades exactly as
 * its solo backtest. Market entries with a bracket (reversal-breakout, sr-breakout) used to fail there: the router told
 * the member its pooled market order was accepted, then forwarded the venue's acceptance of it a second time.
 */
class FamilyPortfolioTest {

    @ParameterizedTest
    @MethodSource("dev.tradewind.examples.FamilyGoldenTest#families")
    void aOneMemberPortfolioTradesLikeTheSoloRun(String family) throws Exception {
        String symbol = "FILUSDT";
        BarSeries bars = Families.bars(symbol, "15m");
        var config = Families.config(symbol);
        BacktestResult solo = Families.run(family, Map.of(), symbol, "15m");

        ParamSchema schema = ParamSchema.of(Families.ALL.get(family));
        Strategy s = schema.create(Map.of());
        PortfolioMember m = new PortfolioMember(family, s, schema.values(s), bars, config.instrument(), 1);
        BacktestResult member = new PortfolioEngine(config, Compliance.NONE, Schedule.ALWAYS).run(10_000, List.of(m)).results().get(0);

        assertThat(solo.trades()).hasSizeGreaterThan(5);
        assertThat(Transcript.of(member)).isEqualTo(Transcript.of(solo));
    }
}
