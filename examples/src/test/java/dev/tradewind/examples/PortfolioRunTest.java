package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.Compliance;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.PortfolioEngine;
import dev.tradewind.engine.PortfolioMember;
import dev.tradewind.engine.PortfolioResult;
import dev.tradewind.engine.Schedule;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Series;
import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Portfolio runs on real data: two symbols, two timeframes, opposite strategies on one symbol, compliance, schedule. */
class PortfolioRunTest {
    static final Instrument FIL = new Instrument("FILUSDT", Instrument.Kind.FUTURE, 0.001, 0.1, 1, 0.1);
    static final Instrument NEAR = new Instrument("NEARUSDT", Instrument.Kind.FUTURE, 0.001, 1, 1, 0.1);

    /** Short-only mirror of the SMA cross: shorts on a cross down, covers on a cross up. */
    public static final class ShortCross implements Strategy {
        private Series up;
        private Series down;

        @Override
        public void onStart(Context ctx) {
            up = ctx.indicator("crossover(sma(close,10),sma(close,60))");
            down = ctx.indicator("crossunder(sma(close,10),sma(close,60))");
        }

        @Override
        public void onBar(Context ctx) {
            if (ctx.position().isFlat() && down.get() > 0) ctx.sell(ctx.unitsForPercentOfEquity(90));
            else if (ctx.position().isShort() && up.get() > 0) ctx.flatten();
        }
    }

    private static PortfolioMember member(String id, Class<? extends Strategy> type, Map<String, String> params, BarSeries bars,
            Instrument inst, double weight) throws Exception {
        ParamSchema schema = ParamSchema.of(type);
        Strategy s = schema.create(params);
        return new PortfolioMember(id, s, schema.values(s), bars, inst, weight);
    }

    private static List<PortfolioMember> members() throws Exception {
        BarSeries fil = Runs.load("FILUSDT-1m-2023-08.csv.gz");
        BarSeries near = Runs.load("NEARUSDT-1m-2023-08.csv.gz");
        BarSeries filHourly = Resampler.resample(fil, Timeframe.parse("1h"), ZoneOffset.UTC).series();
        return List.of(
                member("long/FIL/1m", SmaCross.class, Map.of("fast", "20", "slow", "90", "percent", "90"), fil, FIL, 0.3),
                member("short/FIL/1m", ShortCross.class, Map.of(), fil, FIL, 0.3),
                member("ema/NEAR/1m", EmaCross.class, Map.of("fast", "30", "slow", "120"), near, NEAR, 0.2),
                member("sma/FIL/1h", SmaCross.class, Map.of("fast", "5", "slow", "20"), filHourly, FIL, 0.2));
    }

    private static EngineConfig config() {
        return EngineConfig.of(FIL, 1).withCommission(new Commission(0.04, 0.02, 0, 0, 0)).withSlippageBps(1);
    }

    @Test
    void oppositeLedgersOnOneSymbolAreNettedAtTheVenueAndAttributionAddsUp() throws Exception {
        PortfolioResult r = new PortfolioEngine(config(), Compliance.NONE, Schedule.ALWAYS).run(100_000, members());
        BacktestResult longs = r.results().get(0);
        BacktestResult shorts = r.results().get(1);
        assertThat(longs.trades()).isNotEmpty().allMatch(t -> t.side() == Side.BUY);
        assertThat(shorts.trades()).isNotEmpty().allMatch(t -> t.side() == Side.SELL);
        boolean bothAtOnce = false;
        for (int i = 0; i < longs.bars(); i++) bothAtOnce |= longs.position().at(i) > 0 && shorts.position().at(i) < 0;
        assertThat(bothAtOnce).as("one member long while the other is short FIL").isTrue();
        assertThat(r.netted()).isNotEmpty();
        assertThat(r.netted()).anyMatch(n -> n.members().stream().anyMatch(m -> m.startsWith("long/"))
                && n.members().stream().anyMatch(m -> m.startsWith("short/")));
        double members = 0;
        for (int i = 0; i < r.members().size(); i++) members += r.memberPnl(i);
        double account = r.finalEquity() - r.startingCash();
        assertThat(members).isCloseTo(account, within(1e-6));
        double symbols = r.pnlBySymbol().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(symbols).isCloseTo(account, within(1e-6));
        BacktestResult hourly = r.results().get(3);
        assertThat(hourly.trades()).as("the hourly member trades too").isNotEmpty();
        long hour = 3_600_000_000_000L;
        for (var f : hourly.fills()) {
            long sent = hourly.orders().get((int) f.orderId() - 1).order().time();
            assertThat(f.time()).as("an hourly decision fills only after its hour closed").isGreaterThanOrEqualTo(sent + hour);
        }
        assertThat(r.results().get(2).trades().stream().map(Trade::symbol).distinct()).containsExactly("NEARUSDT");
    }

    @Test
    void aSymbolCapVisiblyResizesOrders() throws Exception {
        PortfolioResult r = new PortfolioEngine(config(), new Compliance(0, 0, 0.15), Schedule.ALWAYS).run(100_000, members());
        assertThat(r.compliance()).isNotEmpty();
        var resized = r.compliance().stream().filter(a -> a.allowed() > 0 && a.allowed() < a.requested()).findFirst();
        assertThat(resized).isPresent();
        assertThat(resized.get().reason()).contains("symbol cap");
        double members = 0;
        for (int i = 0; i < r.members().size(); i++) members += r.memberPnl(i);
        assertThat(members).isCloseTo(r.finalEquity() - r.startingCash(), within(1e-6));
    }

    @Test
    void aCapOnOpenPositionsKeepsTheAccountToOneSymbol() throws Exception {
        EngineConfig oneSymbol = config().withRisk(dev.tradewind.engine.RiskLimits.NONE.withMaxOpenPositions(1));
        PortfolioResult r = new PortfolioEngine(oneSymbol, Compliance.NONE, Schedule.ALWAYS).run(100_000, members());
        assertThat(r.compliance()).anyMatch(a -> a.reason().startsWith("open positions cap") && a.allowed() == 0);
        BacktestResult near = r.results().get(2);
        BacktestResult fil = r.results().get(0);
        for (int i = 0; i < Math.min(near.bars(), fil.bars()); i++) {
            boolean both = near.position().at(i) != 0 && (fil.position().at(i) != 0 || r.results().get(1).position().at(i) != 0);
            assertThat(both).as("bar %d: FIL and NEAR held at once", i).isFalse();
        }
    }

    @Test
    void aDisabledMemberStopsTradingAndIsFlattened() throws Exception {
        Schedule onlyLongsFrom15th = Schedule.byDate(Map.of(LocalDate.of(2023, 8, 15), Set.of("long/FIL/1m", "ema/NEAR/1m")));
        PortfolioResult r = new PortfolioEngine(config(), Compliance.NONE, onlyLongsFrom15th).run(100_000, members());
        long cut = LocalDate.of(2023, 8, 15).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
        BacktestResult shorts = r.results().get(1);
        assertThat(shorts.orders()).allMatch(o -> o.order().time() <= cut);
        assertThat(shorts.position().at(shorts.bars() - 1)).isZero();
        assertThat(r.results().get(0).orders()).anyMatch(o -> o.order().time() > cut);
    }
}
