package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.ExerciseStyle;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OptionLeg;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.Settlement;
import dev.tradewind.model.Trade;
import dev.tradewind.options.BlackScholes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Options on a run's underlying, hand-checked: a week of S&P 500 daily bars (Monday 2019-06-24 to Friday 2019-06-28,
 * an SPXW Friday expiry at 15:00 Chicago = 20:00 UTC, inside Friday's bar). Prices are the model's (checked against
 * Strata in the options module), so the expectations here are the cash flows, settlements and trades built on them.
 */
class OptionsTranscriptTest {
    private static final Instrument SPX = new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0);
    private static final long DAY = 86_400_000_000_000L;
    private static final long MONDAY = LocalDate.of(2019, 6, 24).toEpochDay() * DAY;
    private static final LocalDate FRIDAY = LocalDate.of(2019, 6, 28);
    /** 20% volatility, no rate or dividends, 5-point strikes, 100 per point, tick 0.05, no spread, 0.65 per contract. */
    private static final OptionSettings SETTINGS = new OptionSettings("SPXW", 0.2, 0, 0, 5, 20, 100, 0.05, 0, 0.65, 0.15, 0.10,
            Settlement.CASH, ExerciseStyle.EUROPEAN);

    static BarSeries week(double fridayClose) {
        return Scripted.series(MONDAY, DAY,
                new double[] {2945, 2950, 2935, 2945.35, 1},
                new double[] {2945, 2950, 2910, 2917.38, 1},
                new double[] {2917, 2932, 2912, 2913.78, 1},
                new double[] {2914, 2932, 2914, 2924.92, 1},
                new double[] {2925, 2950, 2920, fridayClose, 1});
    }

    /** The model's price at Monday's close (the bar ends Tuesday 00:00 UTC; expiry Friday 20:00 UTC: 3 days 20 hours). */
    static double mondayPrice(OptionType type, double strike) {
        double years = (3 * 24 + 20) / (365.0 * 24);
        return BlackScholes.price(type, 2945.35, strike, years, 0.2, 0, 0);
    }

    @Test
    void aShortPutExpiresWorthlessAndALongCallSettlesInTheMoneyForCash() {
        List<String> seen = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Scripted s = new Scripted()
                .at(0, ctx -> {
                    var o = ctx.options();
                    assertThat(o.expiryOnOrAfter(o.today())).isEqualTo(LocalDate.of(2019, 6, 24)); // Monday is an SPXW expiry
                    assertThat(o.today()).isEqualTo(LocalDate.of(2019, 6, 24));
                    var chain = o.chain(FRIDAY);
                    seen.add("atm " + chain.atmStrike() + ", 25-delta put " + chain.strikeByDelta(OptionType.PUT, -0.25));
                    o.sell(OptionType.PUT, FRIDAY, 2900, 1);
                    o.buy(OptionType.CALL, FRIDAY, 2920, 1);
                });
        for (int i = 0; i < 5; i++) {
            s.at(i, ctx -> {
                values.add(ctx.options().value());
                seen.add("legs " + ctx.options().legs().stream().map(l -> l.contract().symbol() + " x" + l.quantity()).toList());
            });
        }
        BacktestResult r = new Engine(EngineConfig.of(SPX, 1_000_000)).withOptions(SETTINGS).backtest(s, Map.of(), week(2940));

        double put = Math.floor(mondayPrice(OptionType.PUT, 2900) / 0.05 + 1e-9) * 0.05; // a sell is rounded down to the tick
        double call = Math.ceil(mondayPrice(OptionType.CALL, 2920) / 0.05 - 1e-9) * 0.05; // a buy up
        assertThat(seen.get(0)).isEqualTo("atm 2945.0, 25-delta put 2905.0");
        assertThat(seen.get(1)).isEqualTo("legs [SPX 2019-06-28 2900 P x-1.0, SPX 2019-06-28 2920 C x1.0]");
        assertThat(seen.get(5)).isEqualTo("legs []"); // Friday: settled before onBar
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted", "bar 0 #1 filled SELL 1.0 @ " + Math.rint(put * 1e8) / 1e8 + " fee 0.65",
                "bar 0 #2 accepted", "bar 0 #2 filled BUY 1.0 @ " + Math.rint(call * 1e8) / 1e8 + " fee 0.65",
                "bar 4 #3 accepted", "bar 4 #3 filled BUY 1.0 @ 0.0 fee 0.0", // the put expires worthless
                "bar 4 trade SELL 1.0 " + Math.rint(put * 1e8) / 1e8 + " -> 0.0 net " + (Math.rint(put * 1e8) / 1e8 * 100 - 0.65) + " bars 4",
                "bar 4 #4 accepted", "bar 4 #4 filled SELL 1.0 @ 20.0 fee 0.0", // the call settles at 2940 - 2920
                "bar 4 trade BUY 1.0 " + Math.rint(call * 1e8) / 1e8 + " -> 20.0 net " + ((20 - Math.rint(call * 1e8) / 1e8) * 100 - 0.65) + " bars 4");
        assertThat(r.orders()).extracting(o -> o.order().tag()).containsExactly("option", "option", "expired worthless", "cash settlement");
        assertThat(r.orders()).allMatch(o -> o.status() == OrderStatus.FILLED);
        double cash = 1_000_000 + put * 100 - call * 100 - 1.30 + 2_000;
        assertThat(r.finalEquity()).isCloseTo(cash, within(1e-6));
        assertThat(r.trades()).extracting(Trade::symbol).containsExactly("SPX 2019-06-28 2900 P", "SPX 2019-06-28 2920 C");
        // equity = cash + the legs' value at every close (the strategy read the value after its trades)
        for (int i = 0; i < 5; i++) assertThat(r.equity()[i]).isCloseTo(r.cash().at(i) + values.get(i), within(1e-6));
        assertThat(values.get(4)).isZero();
    }

    @Test
    void physicalSettlementAssignsTheUnderlyingAtTheSameEquity() {
        Scripted cash = new Scripted().at(0, ctx -> ctx.options().buy(OptionType.CALL, FRIDAY, 2920, 2));
        Scripted physical = new Scripted().at(0, ctx -> ctx.options().buy(OptionType.CALL, FRIDAY, 2920, 2));
        BacktestResult a = new Engine(EngineConfig.of(SPX, 1_000_000)).withOptions(SETTINGS).backtest(cash, Map.of(), week(2940));
        BacktestResult b = new Engine(EngineConfig.of(SPX, 1_000_000)).withOptions(SETTINGS.withSettlement(Settlement.PHYSICAL))
                .backtest(physical, Map.of(), week(2940));

        assertThat(b.fills()).extracting(Fill::symbol, Fill::side, Fill::quantity, Fill::price).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-28 2920 C", dev.tradewind.model.Side.BUY, 2.0, a.fills().get(0).price()),
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-28 2920 C", dev.tradewind.model.Side.SELL, 2.0, 20.0),
                org.assertj.core.groups.Tuple.tuple("SPX", dev.tradewind.model.Side.BUY, 200.0, 2940.0)); // 2 contracts x 100
        assertThat(b.position().at(4)).isEqualTo(200);
        assertThat(b.finalEquity()).isCloseTo(a.finalEquity(), within(1e-6));
        assertThat(b.orders().get(2).order().tag()).isEqualTo("assignment of SPX 2019-06-28 2920 C");
    }

    @Test
    void aRollClosesTheLegAndReopensItAtTheNextExpiryInOneStep() {
        LocalDate wednesday = LocalDate.of(2019, 6, 26);
        List<OptionLeg> after = new ArrayList<>();
        Scripted s = new Scripted()
                .at(0, ctx -> ctx.options().sell(OptionType.CALL, wednesday, 2980, 3))
                .at(1, ctx -> {
                    ctx.options().roll(ctx.options().legs().get(0), FRIDAY);
                    after.addAll(ctx.options().legs());
                });
        BacktestResult r = new Engine(EngineConfig.of(SPX, 1_000_000)).withOptions(SETTINGS).backtest(s, Map.of(), week(2940));

        assertThat(after).hasSize(1);
        assertThat(after.get(0).contract().symbol()).isEqualTo("SPX 2019-06-28 2980 C");
        assertThat(after.get(0).quantity()).isEqualTo(-3);
        assertThat(r.orders()).extracting(o -> o.order().symbol() + " " + o.order().side() + " " + o.order().tag()).containsExactly(
                "SPX 2019-06-26 2980 C SELL option", "SPX 2019-06-26 2980 C BUY close", "SPX 2019-06-28 2980 C SELL roll",
                "SPX 2019-06-28 2980 C BUY expired worthless");
        assertThat(r.trades()).hasSize(2);
    }

    @Test
    void aShortTheAccountCannotMarginIsRejectedWithTheReason() {
        Scripted s = new Scripted().at(0, ctx -> ctx.options().sell(OptionType.PUT, FRIDAY, 2900, 1));
        BacktestResult r = new Engine(EngineConfig.of(SPX, 10_000)).withOptions(SETTINGS).backtest(s, Map.of(), week(2940));

        assertThat(r.orders().get(0).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(r.orders().get(0).reason()).startsWith("margin ").contains("would exceed equity 9999.35");
        assertThat(r.fills()).isEmpty();
        assertThat(r.finalEquity()).isEqualTo(10_000);
    }
}
