package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden backtests of the option examples on the bundled S&P 500 daily closes from 2016-01-04 (the SPXW calendar's
 * first year) to 2020-04-17, with SPXW weeklies priced by the model at a stated 18% volatility (modelled prices, not
 * recorded ones), a 1% half spread and 0.65 per contract. A change in any number is a change in behaviour.
 */
class OptionsGoldenTest {
    private static final long DAY = 86_400_000_000_000L;

    static BarSeries spx() throws Exception {
        BarSeries all = Runs.load("sp500-2000.csv.gz");
        return all.slice(LocalDate.of(2016, 1, 4).toEpochDay() * DAY, Long.MAX_VALUE);
    }

    static BacktestResult run(Class<? extends Strategy> type, Map<String, String> params) throws Exception {
        BarSeries bars = spx();
        ParamSchema schema = ParamSchema.of(type);
        Strategy s = schema.create(params);
        EngineConfig config = EngineConfig.of(new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0), 100_000);
        return new Engine(config).withOptions(OptionSettings.spxw(0.18)).backtest(s, schema.values(s), bars);
    }

    @Test
    void weeklyShortStraddle() throws Exception {
        BacktestResult r = run(ShortStraddle.class, Map.of());
        Statistics s = Runs.stats(r);
        // two legs a week for 4.3 years, a few bought back by the stop; 18% implied against a calmer realized market
        // pays until March 2020 (the drawdown)
        assertThat(s.trades()).isEqualTo(466);
        assertThat(s.finalEquity()).isCloseTo(296930.31029999285, within(1e-6));
        assertThat(s.maxDrawdown()).isCloseTo(0.36976820442089336, within(1e-9));
        assertThat(s.sharpe()).isCloseTo(2.3763210700114934, within(1e-9));
        assertThat(s.winRate()).isCloseTo(0.7446351931330472, within(1e-12));
        assertThat(r.ordersHash()).isEqualTo("11ec2a23653aa0b382aafecb729ad0affd905c49eb332c075595c6b79ac4687d");
        assertThat(r.orders()).allMatch(o -> o.status() == OrderStatus.FILLED);
        assertThat(r.orders()).anyMatch(o -> o.order().tag().equals("cash settlement"))
                .anyMatch(o -> o.order().tag().equals("expired worthless")).anyMatch(o -> o.order().tag().equals("close"));
    }

    @Test
    void ironCondorWithAStopOnTheSpread() throws Exception {
        BacktestResult r = run(IronCondor.class, Map.of());
        Statistics s = Runs.stats(r);
        assertThat(s.trades()).isEqualTo(480);
        assertThat(s.finalEquity()).isCloseTo(132484.09857192365, within(1e-6));
        assertThat(s.maxDrawdown()).isCloseTo(0.17155960600243844, within(1e-9));
        assertThat(s.sharpe()).isCloseTo(1.3623815774676902, within(1e-9));
        assertThat(s.winRate()).isCloseTo(0.49166666666666664, within(1e-12));
        assertThat(r.ordersHash()).isEqualTo("d5313b52137b5ad1704f57acedcbe4f2005f6b8e7443e0c5dc0cab4f75fe01a8");
        assertThat(r.log()).anyMatch(l -> l.message().startsWith("stop: the condor lost"));
        assertThat(r.orders()).filteredOn(o -> o.order().tag().equals("close")).hasSizeGreaterThan(4);
    }
}
