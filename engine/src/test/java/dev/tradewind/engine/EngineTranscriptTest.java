package dev.tradewind.engine;

import dev.tradewind.model.BacktestResult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each execution rule as a transcript of the events the strategy receives, in order. */
class EngineTranscriptTest {
    private static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1);
    private static final BarSeries BARS = Scripted.bars(
            new double[] {100, 102, 99, 101},
            new double[] {101, 105, 100, 104},
            new double[] {95, 97, 90, 96},      // gap down
            new double[] {110, 112, 108, 111},  // gap up
            new double[] {111, 113, 109, 112});

    private BacktestResult run(Scripted s, EngineConfig config) {
        return new Engine(config).backtest(s, Map.of(), BARS);
    }

    private BacktestResult run(Scripted s) { return run(s, EngineConfig.of(SPOT, 10_000)); }

    @Test
    void marketOrderFillsAtNextOpen() {
        Scripted s = new Scripted().at(0, c -> c.buy(2)).at(1, c -> c.sell(2));
        BacktestResult r = run(s);
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 1 #1 filled BUY 2.0 @ 101.0 fee 0.0",
                "bar 1 #2 accepted",
                "bar 2 #2 filled SELL 2.0 @ 95.0 fee 0.0",
                "bar 2 trade BUY 2.0 101.0 -> 95.0 net -12.0 bars 1");
        assertThat(r.finalEquity()).isEqualTo(10_000 - 12.0);
    }

    @Test
    void aRunKeepsItsParametersInTheOrderGiven() {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String k : new String[] {"slow", "units", "percent", "fast", "b", "a"}) params.put(k, k + "!");
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000)).backtest(new Scripted(), params, BARS);
        assertThat(r.params()).containsExactlyEntriesOf(params); // the stored run and its export show them so, run after run
    }

    @Test
    void closeModeFillsAtTheSameBarsClose() {
        Scripted s = new Scripted().at(0, c -> c.buy(1));
        run(s, EngineConfig.of(SPOT, 10_000).withFillMode(FillMode.CLOSE));
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 0 #1 filled BUY 1.0 @ 101.0 fee 0.0");
    }

    @Test
    void stopGappedThroughFillsAtTheOpen() {
        Scripted s = new Scripted().at(1, c -> { c.buy(1); c.sellStop(1, 98); });
        run(s);
        assertThat(s.events).containsExactly(
                "bar 1 #1 accepted", "bar 1 #2 accepted",
                "bar 2 #1 filled BUY 1.0 @ 95.0 fee 0.0",
                "bar 2 #2 filled SELL 1.0 @ 95.0 fee 0.0",
                "bar 2 trade BUY 1.0 95.0 -> 95.0 net 0.0 bars 0");
    }

    @Test
    void limitGappedThroughFillsAtTheBetterOpen() {
        Scripted s = new Scripted().at(1, c -> c.buyLimit(1, 98)).at(2, c -> c.sellLimit(1, 105));
        run(s);
        assertThat(s.events).containsExactly(
                "bar 1 #1 accepted",
                "bar 2 #1 filled BUY 1.0 @ 95.0 fee 0.0",
                "bar 2 #2 accepted",
                "bar 3 #2 filled SELL 1.0 @ 110.0 fee 0.0",
                "bar 3 trade BUY 1.0 95.0 -> 110.0 net 15.0 bars 1");
    }

    @Test
    void limitInsideTheRangeFillsAtTheLimit() {
        Scripted s = new Scripted().at(0, c -> c.buyLimit(1, 100.5));
        run(s);
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 filled BUY 1.0 @ 100.5 fee 0.0");
    }

    @Test
    void stopInsideTheRangeFillsAtTheStopWithSlippage() {
        Scripted s = new Scripted().at(0, c -> c.buyStop(1, 103));
        run(s, EngineConfig.of(SPOT, 10_000).withSlippageBps(10));
        // 103 * 1.001 = 103.103, rounded up to the 0.01 tick (against the buyer; to the nearest it was 103.1)
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 filled BUY 1.0 @ 103.11 fee 0.0");
    }

    @Test
    void stopLimitTriggersThenRestsWhenTheLimitIsBelowTheStop() {
        Scripted s = new Scripted().at(0, c -> c.buyStopLimit(1, 104, 103));
        run(s);
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 1 #1 triggered",
                "bar 2 #1 filled BUY 1.0 @ 95.0 fee 0.0");
    }

    @Test
    void dayOrderExpiresWhenItsDayEnds() {
        // the clock passes the end of day 0 before bar 1 begins: the strategy hears of it while still on bar 0, and the
        // event is stamped with the day's last nanosecond (it used to wait for bar 1 and carry its time)
        Scripted s = new Scripted().at(0, c -> c.submit(Side.BUY, OrderType.LIMIT, 1, 50, Double.NaN, TimeInForce.DAY, ""));
        BacktestResult r = run(s);
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 0 #1 expired");
        assertThat(r.events().get(1).time()).isEqualTo(BARS.time()[1] - 1);
    }

    @Test
    void cancelStopsAnOrderAndUnknownIdsAreIgnored() {
        Scripted s = new Scripted().at(0, c -> c.buyLimit(1, 50)).at(1, c -> { c.cancel(1); c.cancel(1); c.cancel(99); });
        run(s);
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 canceled");
    }

    @Test
    void commissionPartsAddUp() {
        Scripted s = new Scripted().at(0, c -> c.buy(10));
        run(s, EngineConfig.of(SPOT, 10_000).withCommission(new Commission(0.1, 1.0, 0.05)));
        // 10 x 101 x 0.1% = 1.01, + 1 per order, + 10 x 0.05 = 2.51
        assertThat(s.events).element(1).asString().startsWith("bar 1 #1 filled BUY 10.0 @ 101.0 fee 2.51");
    }

    @Test
    void sizesAreRoundedToLotsAndZeroIsRejected() {
        Scripted s = new Scripted().at(0, c -> c.buy(0.4));
        run(s);
        assertThat(s.events).containsExactly("bar 0 #1 rejected: quantity 0.0 is not positive after rounding to the lot size");
    }

    @Test
    void spotBuyBeyondCashIsRejectedAtFill() {
        Scripted s = new Scripted().at(0, c -> c.buy(200));
        run(s, EngineConfig.of(SPOT, 10_000));
        assertThat(s.events).containsExactly("bar 0 #1 accepted",
                "bar 1 #1 rejected: insufficient cash: needs 20200.00, has 10000.00");
    }

    @Test
    void reversalClosesOneTradeAndOpensTheNext() {
        Scripted s = new Scripted().at(0, c -> c.buy(1)).at(1, c -> c.sell(3)).at(3, c -> c.buy(2));
        BacktestResult r = run(s);
        assertThat(r.trades()).hasSize(2);
        assertThat(r.trades().get(0).netPnl()).isEqualTo(95 - 101);
        assertThat(r.trades().get(1).side()).isEqualTo(Side.SELL);
        assertThat(r.trades().get(1).quantity()).isEqualTo(2);
        assertThat(r.trades().get(1).netPnl()).isEqualTo(2 * (95 - 111));
    }

    @Test
    void futuresAreMarkedIntoCashEveryBar() {
        Instrument fut = new Instrument("FUT", Instrument.Kind.FUTURE, 0.01, 1, 10, 0.1);
        Scripted s = new Scripted().at(0, c -> c.buy(1));
        BacktestResult r = run(s, EngineConfig.of(fut, 10_000));
        // bought at 101 on bar 1; bar closes 104, 96, 111, 112 -> cash moves by 10 x the change each bar
        assertThat(r.cash().toArray()).containsExactly(10_000, 10_030, 9_950, 10_100, 10_110);
        assertThat(r.equity()).containsExactly(r.cash().toArray());
        assertThat(r.openTradePnl()).isEqualTo(110);
    }

    @Test
    void excursionsFollowTheBarRangeWhileOpen() {
        Scripted s = new Scripted().at(0, c -> c.buy(1)).at(3, c -> c.sell(1));
        BacktestResult r = run(s);
        // entry 101 on bar 1; lows 100, 90, 108, exit at bar 4 open 111; highs 105, 97, 112
        assertThat(r.trades().get(0).mae()).isEqualTo(90 - 101);
        assertThat(r.trades().get(0).mfe()).isEqualTo(112 - 101);
    }

    @Test
    void excursionsFollowThePositionAsItGrows() {
        Scripted s = new Scripted().at(0, c -> c.buy(1)).at(1, c -> c.buy(1)).at(3, c -> c.sell(2));
        BacktestResult r = run(s);
        // bar 1: 1 @ 101, range 100..105 -> -1..+4; bar 2: 2 @ avg 98, range 90..97 -> -16..-2;
        // bar 3: range 108..112 -> +20..+28; exit at bar 4 open 111 -> +26
        assertThat(r.trades().get(0).mae()).isEqualTo(-16);
        assertThat(r.trades().get(0).mfe()).isEqualTo(28);
    }
}
