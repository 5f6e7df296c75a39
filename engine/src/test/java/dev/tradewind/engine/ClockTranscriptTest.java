package dev.tradewind.engine;

import static dev.tradewind.engine.AccountTranscriptTest.DAY;
import static dev.tradewind.engine.AccountTranscriptTest.HOUR;
import static dev.tradewind.engine.AccountTranscriptTest.PERP;
import static dev.tradewind.engine.AccountTranscriptTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.LedgerEntry;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the kernel's clock does when no bar comes: order deadlines, funding across a gap, the last higher bar. */
class ClockTranscriptTest {
    private static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1);

    private static BarSeries bars(long[] times, double[]... ohlc) {
        int n = times.length;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = ohlc[i][0];
            h[i] = ohlc[i][1];
            l[i] = ohlc[i][2];
            c[i] = ohlc[i][3];
            v[i] = 1000;
        }
        return new BarSeries("TEST", times, o, h, l, c, v);
    }

    private static final double[] FLAT = {100, 101, 99, 100};

    @Test
    void aDayOrderExpiresAtTheEndOfItsDayWhenTheDataEndsWithIt() {
        BarSeries daily = Scripted.series(T0, DAY, FLAT, FLAT, FLAT);
        Scripted s = new Scripted().at(2, c -> c.submit(Side.BUY, OrderType.LIMIT, 1, 50, Double.NaN, TimeInForce.DAY, ""));
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), daily);
        // no bar follows day 2; the run ends at its close, which is the end of the order's day
        assertThat(s.events).containsExactly("bar 2 #1 accepted", "bar 2 #1 expired");
        assertThat(r.orders().get(0).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(r.events().get(1).time()).isEqualTo(T0 + 3 * DAY - 1);
    }

    @Test
    void aDayOrderExpiresAtTheEndOfItsDayAcrossAGapNotAtTheNextBar() {
        // hourly bars at 20:00 and 21:00, then nothing until 10:00 the next day
        BarSeries hourly = bars(new long[] {T0 + 20 * HOUR, T0 + 21 * HOUR, T0 + DAY + 10 * HOUR}, FLAT, FLAT, FLAT);
        Scripted s = new Scripted().at(0, c -> c.submit(Side.BUY, OrderType.LIMIT, 1, 50, Double.NaN, TimeInForce.DAY, ""));
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), hourly);
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 expired");
        assertThat(r.events().get(1).time()).isEqualTo(T0 + DAY - 1);
    }

    @Test
    void fundingAtEightIsBookedAtEightAtTheLastPriceWhenTheDataHasAGapAcrossIt() {
        // 4-hour bars at 00:00 and 04:00, a gap over 08:00, then 12:00 and 16:00
        BarSeries bars = bars(new long[] {T0, T0 + 4 * HOUR, T0 + 12 * HOUR, T0 + 16 * HOUR},
                new double[] {100, 101, 99, 100}, new double[] {100, 103, 99, 102.5}, new double[] {104, 105, 103, 104},
                new double[] {106, 107, 105, 106});
        Scripted s = new Scripted().at(0, c -> c.buy(10));
        EngineConfig config = EngineConfig.of(PERP, 10_000).withAccount(AccountRules.DEFAULT.withFunding(Funding.constant(0.0001)));
        BacktestResult r = new Engine(config).backtest(s, Map.of(), bars);
        // bought at 04:00 (open 100); 08:00 falls in the gap: booked at 08:00 on the last price, 04:00's close 102.5
        // (it used to wait for the 12:00 bar and its open, 104); 16:00 is a bar's open: booked there at 106
        assertThat(r.ledger()).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.FUNDING, LedgerEntry.Kind.FUNDING);
        assertThat(r.ledger().get(0).time()).isEqualTo(T0 + 8 * HOUR);
        assertThat(r.ledger().get(0).amount()).isCloseTo(10 * 102.5 * 0.0001, within(1e-12));
        assertThat(r.ledger().get(1).time()).isEqualTo(T0 + 16 * HOUR);
        assertThat(r.ledger().get(1).amount()).isCloseTo(10 * 106 * 0.0001, within(1e-12));
    }

    @Test
    void theLastHigherTimeframeBarClosesWithTheData() {
        // two weeks of weekday bars; the first week's bar closes when the second week's first bar comes, the second
        // week's bar when the data ends (its period is cut there; before the kernel it never closed)
        long monday = T0; // 2024-01-01, a Monday
        long[] t = new long[10];
        for (int i = 0; i < 10; i++) t[i] = monday + (i / 5 * 7 + i % 5) * DAY;
        double[][] ohlc = new double[10][];
        java.util.Arrays.fill(ohlc, FLAT);
        BarSeries daily = bars(t, ohlc);
        BarSeries weekly = bars(new long[] {monday, monday + 7 * DAY}, FLAT, FLAT);
        int[] closedAfter = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        List<Integer> seen = new ArrayList<>();
        dev.tradewind.strategy.Strategy s = new dev.tradewind.strategy.Strategy() {
            @Override
            public void onStart(dev.tradewind.strategy.Context ctx) { ctx.bars("1w"); }

            @Override
            public void onBar(dev.tradewind.strategy.Context ctx) { seen.add(ctx.bars("1w").size()); }
        };
        new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), daily,
                tf -> new HigherTimeframe(tf, weekly, closedAfter));
        assertThat(seen).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 2);
    }
}
