package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.Compliance;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.PortfolioEngine;
import dev.tradewind.engine.PortfolioMember;
import dev.tradewind.engine.PortfolioResult;
import dev.tradewind.engine.Schedule;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members on different bar lengths share one account: sma-cross on FIL minutes and rsi-reversion on NEAR 5-minute
 * bars (this crashed before the kernel: the account's rows carried each bar's open time and went back in time).
 * Steps are merged by bar close; the account is stamped with the close.
 */
class MixedTimeframePortfolioTest {

    private static PortfolioMember member(String id, Class<? extends Strategy> type, Map<String, String> params, BarSeries bars,
            EngineConfig config, double weight) throws Exception {
        ParamSchema schema = ParamSchema.of(type);
        Strategy s = schema.create(params);
        return new PortfolioMember(id, s, schema.values(s), bars, config.instrument(), weight);
    }

    @Test
    void membersOnMinuteAndFiveMinuteBarsRunMergedByBarClose() throws Exception {
        BarSeries fil = Families.bars("FILUSDT", "1m");
        BarSeries near = Families.bars("NEARUSDT", "5m");
        EngineConfig config = Families.config("FILUSDT");
        PortfolioMember a = member("sma/FIL/1m", SmaCross.class, Map.of("fast", "10", "slow", "40"), fil, config, 0.5);
        PortfolioMember b = member("rsi/NEAR/5m", RsiReversion.class, Map.of(), near, Families.config("NEARUSDT"), 0.5);
        PortfolioResult r = new PortfolioEngine(config, Compliance.NONE, Schedule.ALWAYS).run(20_000, List.of(a, b));

        long[] t = r.time();
        long minute = 60_000_000_000L;
        for (int i = 1; i < t.length; i++) assertThat(t[i]).as("account row %d", i).isGreaterThan(t[i - 1]);
        // stamped with the close: the first step is FIL's first minute, closing one minute after it opened
        assertThat(t[0]).isEqualTo(Math.min(fil.time()[0] + minute, near.time()[0] + 5 * minute));
        assertThat(r.results().get(0).bars()).isEqualTo(fil.size());
        assertThat(r.results().get(1).bars()).isEqualTo(near.size());

        // each member is alone on its symbol: it trades exactly as its solo backtest with the same capital (10,000)
        BacktestResult soloA = new Engine(config).backtest(
                ParamSchema.of(SmaCross.class).create(Map.of("fast", "10", "slow", "40")), Map.of(), fil);
        BacktestResult soloB = new Engine(Families.config("NEARUSDT")).backtest(
                ParamSchema.of(RsiReversion.class).create(Map.of()), Map.of(), near);
        assertThat(Transcript.of(r.results().get(0))).isEqualTo(Transcript.of(soloA));
        assertThat(Transcript.of(r.results().get(1))).isEqualTo(Transcript.of(soloB));
        assertThat(soloA.trades()).hasSizeGreaterThan(5);
        assertThat(soloB.trades()).hasSizeGreaterThan(5);

        // golden: the orders each member sent and the account's end
        assertThat(r.results().get(0).ordersHash()).isEqualTo("8da45f3a6d2911ff7801594f6b743733f063ce1c3f662037a9e80fdb0a813cac");
        assertThat(r.results().get(1).ordersHash()).isEqualTo("c9fc073aee0ce90c23ec445ee42fa50c0cab5aa3f6cc85eddca3a10bb0dad416");
        double account = r.equity()[r.equity().length - 1];
        assertThat(account).isCloseTo(13_726.360410560115, within(1e-6));
        // and the account is the sum of its members, each alone on its symbol
        assertThat(account).isCloseTo(soloA.finalEquity() + soloB.finalEquity(), within(1e-6));
    }
}
