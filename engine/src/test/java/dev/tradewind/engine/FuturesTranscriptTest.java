package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.futures.FutureSettings;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.FutureContract;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.strategy.Futures;
import dev.tradewind.strategy.Pnl;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dated futures hand-checked on two weeks of S&P 500 daily closes (2019-06-10 to 2019-06-21; the June ES contract
 * expires Friday 2019-06-21 at 08:30 Chicago = 13:30 UTC, inside Friday's bar). {@link FutureSettings#es()}: cost of
 * carry at r - q = 0.5%, tick 0.25, a buy pays the model price rounded up to the tick plus one tick, a sell the price
 * rounded down minus one tick, marks at the model price on the nearest tick, 1.50 per contract, 12,000 margin.
 *
 * <p>Model prices at each close (bar end = next midnight UTC; T = hours to expiry / 8760; F = S exp(0.005 T)):
 * <pre>
 * bar date       close    June F    mark      Sept F    mark
 *  0  06-10  2886.73  2887.1477  2887.25  2890.7490  2890.75   (June buy 2887.50)
 *  1  06-11  2885.72  2886.0980  2886.00
 *  2  06-12  2879.84  2880.1778  2880.25
 *  3  06-13  2891.64  2891.9396  2892.00
 *  4  06-14  2886.98  2887.2395  2887.25  2890.8409  2890.75   (June sell 2886.75, Sept buy 2891.25)
 *  5  06-17  2889.67                      2893.4156  2893.50
 *  6  06-18  2917.75                      2921.4920  2921.50
 *  7  06-19  2926.46                      2930.1730  2930.25
 *  8  06-20  2954.18  2954.2028  2954.25  2957.8877  2958.00
 *  9  06-21  2950.46  expired: settles at 2950.46  2954.1226  2954.00
 * </pre>
 */
class FuturesTranscriptTest {
    private static final Instrument SPX = new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0);
    private static final long DAY = 86_400_000_000_000L;
    private static final LocalDate JUNE = LocalDate.of(2019, 6, 21);
    private static final LocalDate SEPTEMBER = LocalDate.of(2019, 9, 20);
    private static final double[] CLOSES = {2886.73, 2885.72, 2879.84, 2891.64, 2886.98, 2889.67, 2917.75, 2926.46, 2954.18, 2950.46};

    static BarSeries twoWeeks() {
        int n = CLOSES.length;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        LocalDate d = LocalDate.of(2019, 6, 10);
        for (int i = 0; i < n; i++, d = d.plusDays(d.getDayOfWeek().getValue() == 5 ? 3 : 1)) {
            t[i] = d.toEpochDay() * DAY;
            o[i] = i == 0 ? CLOSES[0] : CLOSES[i - 1];
            c[i] = CLOSES[i];
            h[i] = Math.max(o[i], c[i]) + 5;
            l[i] = Math.min(o[i], c[i]) - 5;
            v[i] = 1;
        }
        return new BarSeries("SPX", t, o, h, l, c, v);
    }

    static BacktestResult run(Scripted s, double cash) {
        return new Engine(EngineConfig.of(SPX, cash)).withFutures(FutureSettings.es()).backtest(s, Map.of(), twoWeeks());
    }

    @Test
    void contractsAreListedQuarterlyOnTheThirdFriday() {
        List<Object> seen = new ArrayList<>();
        Scripted s = new Scripted().at(0, ctx -> {
            Futures f = ctx.futures();
            seen.add(f.today());
            seen.add(f.front());
            seen.add(f.next(f.front()));
            seen.add(f.expiryOnOrAfter(LocalDate.of(2019, 6, 22)));
            seen.add(f.expiryOnOrAfter(LocalDate.of(2019, 10, 1)));
            seen.add(f.tradingDaysTo(JUNE));
            FutureContract c = f.contract(JUNE);
            seen.add(c.symbol() + " x" + c.multiplier() + " tick " + c.tickSize() + " " + c.expiry());
            seen.add(f.expiryTime(JUNE) == ZonedDateTime.of(2019, 6, 21, 13, 30, 0, 0, ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L);
            seen.add(f.price(JUNE));
            assertThatThrownBy(() -> f.contract(LocalDate.of(2019, 7, 19))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("2019-07-19 is not an expiry of ES futures (SPX monthly expiries in the listed months)");
            assertThatThrownBy(() -> f.buy(JUNE, 0)).hasMessage("futures quantity must be > 0, got 0.0");
            assertThatThrownBy(() -> f.buy(JUNE, 1.5)).hasMessage("futures trade in whole contracts, got 1.5");
        }).at(4, ctx -> seen.add(ctx.futures().tradingDaysTo(JUNE)))
                .at(9, ctx -> {
                    seen.add(ctx.futures().front()); // June expired this morning
                    assertThatThrownBy(() -> ctx.futures().buy(JUNE, 1)).hasMessage("futures contract ES 2019-06-21 has expired");
                });
        BacktestResult r = run(s, 100_000);

        double years = (10 * 24 + 13.5) / 8760;
        assertThat(seen).containsExactly(LocalDate.of(2019, 6, 10), JUNE, SEPTEMBER, SEPTEMBER, LocalDate.of(2019, 12, 20), 9,
                "ES 2019-06-21 x50.0 tick 0.25 2019-06-21T08:30-05:00[America/Chicago]", true, 2886.73 * Math.exp(0.005 * years),
                5, SEPTEMBER);
        assertThat(r.log().get(0).message()).isEqualTo("futures ES on SPX: MODELLED prices, cost of carry F = S exp((r - q) T)"
                + " with r 0.02, q 0.015 (not recorded prices); 50.0 x, tick 0.25, spread 1 tick(s), fee 1.5 per contract,"
                + " initial margin 12000.0 per contract");
        assertThat(r.orders()).isEmpty();
    }

    @Test
    void aRollFiveTradingDaysBeforeExpiryClosesJuneAndOpensSeptemberInOneStep() {
        List<String> pnl = new ArrayList<>();
        Scripted s = new Scripted().at(0, ctx -> ctx.futures().buy(JUNE, 2));
        for (int i = 1; i < 10; i++) {
            s.at(i, ctx -> {
                Futures f = ctx.futures();
                var leg = f.legs().get(0);
                if (f.tradingDaysTo(leg.contract().expiryDate()) <= 5) ctx.roll(leg); // bar 4, Friday 06-14
            });
        }
        s.at(4, ctx -> pnl.add("after roll " + ctx.futures().legs() + " margin " + ctx.futures().marginUsed()));
        s.at(9, ctx -> {
            Futures f = ctx.futures();
            FutureContract june = f.contract(JUNE), sept = f.contract(SEPTEMBER);
            pnl.add("june month " + period(f.pnl(june).thisMonth()) + " week " + period(f.pnl(june).thisWeek()));
            pnl.add("sept week " + period(f.pnl(sept).thisWeek()) + " today " + period(f.pnl(sept).today()));
            pnl.add("all month " + period(f.pnl().thisMonth()) + " week " + period(f.pnl().thisWeek()));
            pnl.add("account month " + period(ctx.pnl().thisMonth()) + " week " + period(ctx.pnl().thisWeek()));
            pnl.add("december " + period(f.pnl(f.contract(LocalDate.of(2019, 12, 20))).thisYear()));
        });
        BacktestResult r = run(s, 100_000);

        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted", "bar 0 #1 filled BUY 2.0 @ 2887.5 fee 3.0",
                "bar 4 #2 accepted", "bar 4 #2 filled SELL 2.0 @ 2886.75 fee 3.0",
                "bar 4 trade BUY 2.0 2887.5 -> 2886.75 net -81.0 bars 4", // 2 x (2886.75 - 2887.50) x 50 - 2 x 3.00
                "bar 4 #3 accepted", "bar 4 #3 filled BUY 2.0 @ 2891.25 fee 3.0");
        assertThat(r.orders()).extracting(o -> o.order().symbol() + " " + o.order().tag())
                .containsExactly("ES 2019-06-21 future", "ES 2019-06-21 close", "ES 2019-09-20 roll");
        // cash moves by 2 x 50 x each mark's change: bar 0 pays the spread and fee: 2 x (2887.25 - 2887.50) x 50 - 3
        assertThat(r.cash().toArray()).containsExactly(99_972, 99_847, 99_272, 100_447,
                99_866, // 06-14: June marked at 2887.25 (-475), sold at 2886.75 (-50, -3), Sept bought 2891.25, marked 2890.75 (-50, -3)
                100_141, 102_941, 103_816, 106_591, 106_191);
        assertThat(r.equity()).containsExactly(r.cash().toArray());
        assertThat(r.finalEquity()).isEqualTo(106_191);
        assertThat(pnl).containsExactly(
                "after roll [FutureLeg[contract=FutureContract[root=ES, expiryDate=2019-09-20, expiryTime=08:30, "
                        + "zone=America/Chicago, multiplier=50.0, tickSize=0.25], quantity=2.0, entryPrice=2891.25, "
                        + "entryTime=1560470400000000000, price=2890.75]] margin 24000.0",
                "june month -81.0 = -81.0 + 0.0 week 0.0 = 0.0 + 0.0",
                // Sept: -53 at Friday 06-14's close (the spread and a fee); 2 x (2954.00 - 2891.25) x 50 - 3 = 6272 now
                "sept week 6325.0 = 0.0 + 6325.0 today -400.0 = 0.0 + -400.0",
                "all month 6191.0 = -84.0 + 6275.0 week 6325.0 = 0.0 + 6325.0",
                "account month 6191.0 = -84.0 + 6275.0 week 6325.0 = 0.0 + 6325.0",
                "december 0.0 = 0.0 + 0.0");
    }

    @Test
    void aContractHeldToExpirySettlesForCashAtTheIndexAndNeverOutlivesIt() {
        List<Object> seen = new ArrayList<>();
        List<Pnl.Period> week = new ArrayList<>();
        Scripted s = new Scripted().at(0, ctx -> ctx.futures().buy(JUNE, 1))
                .at(8, ctx -> seen.add("thursday " + ctx.futures().legs().size() + " leg, equity " + ctx.equity()))
                .at(9, ctx -> {
                    seen.add("friday " + ctx.futures().legs().size() + " legs, margin " + ctx.futures().marginUsed());
                    week.add(ctx.futures().pnl(ctx.futures().contract(JUNE)).thisWeek());
                });
        BacktestResult r = run(s, 100_000);

        assertThat(s.events).hasSize(5).startsWith("bar 0 #1 accepted", "bar 0 #1 filled BUY 1.0 @ 2887.5 fee 1.5",
                "bar 9 #2 accepted", "bar 9 #2 filled SELL 1.0 @ 2950.46 fee 0.0");
        assertThat(s.events.get(4)).startsWith("bar 9 trade BUY 1.0 2887.5 -> 2950.46 net 3146.");
        assertThat(r.orders().get(1).order().tag()).isEqualTo("final settlement");
        assertThat(r.trades().get(0).netPnl()).isCloseTo((2950.46 - 2887.50) * 50 - 1.5, within(1e-9));
        // Thursday: marked at 2954.25; Friday: the last variation is (2950.46 - 2954.25) x 50 = -189.50
        assertThat(r.cash().at(8)).isEqualTo(100_000 + (2954.25 - 2887.50) * 50 - 1.5);
        assertThat(r.cash().at(9)).isCloseTo(103_146.5, within(1e-9));
        assertThat(seen).containsExactly("thursday 1 leg, equity 103336.0", "friday 0 legs, margin 0.0");
        // the week from Friday 06-14's close (cash 99,986: unrealized -12.50, the fee -1.50 realized before) to the
        // settlement: 3,160.50 in all, of which 3,148 realized (62.96 points x 50) and +12.50 the unrealized loss undone
        assertThat(week.get(0).total()).isCloseTo(103_146.5 - 99_986, within(1e-9));
        assertThat(week.get(0).realized()).isCloseTo(3_148, within(1e-9));
        assertThat(week.get(0).unrealized()).isCloseTo(12.5, within(1e-9));
        assertThat(r.cash().at(4)).isEqualTo(99_986);
    }

    @Test
    void aTradeTheAccountCannotMarginIsRejectedWithTheReason() {
        Scripted s = new Scripted().at(0, ctx -> ctx.futures().buy(JUNE, 2)).at(1, ctx -> ctx.futures().buy(JUNE, 1));
        BacktestResult r = run(s, 20_000);

        assertThat(r.orders().get(0).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(r.orders().get(0).reason()).isEqualTo("initial margin 24000.00 for 2 futures contracts would exceed equity 19997.00");
        assertThat(r.orders().get(1).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.fills()).hasSize(2); // the one contract, and its settlement at expiry
    }

    @Test
    void monthlyContractsOnAnotherCalendarAndNothingBeforeTheFirstBar() {
        List<Object> seen = new ArrayList<>();
        dev.tradewind.strategy.Strategy s = new dev.tradewind.strategy.Strategy() {
            @Override
            public void onStart(dev.tradewind.strategy.Context ctx) {
                try {
                    ctx.futures().today();
                } catch (IllegalStateException e) {
                    seen.add(e.getMessage());
                }
            }

            @Override
            public void onBar(dev.tradewind.strategy.Context ctx) {
                if (ctx.barIndex() > 0) return;
                Futures f = ctx.futures();
                seen.add(f.front());
                seen.add(f.next(f.front()));
                seen.add(f.contract(f.front()).symbol());
            }
        };
        // SPX calendar, every month: the third Friday of June 2019, then of July
        FutureSettings monthly = new FutureSettings("SPXM", "SPX", 0x1FFE, 0.02, 0.015, 10, 0.1, 0, 0, 1_000);
        new Engine(EngineConfig.of(SPX, 100_000)).withFutures(monthly).backtest(s, Map.of(), twoWeeks());
        assertThat(seen).containsExactly("futures are priced and traded from the first bar on, not in onStart", JUNE,
                LocalDate.of(2019, 7, 19), "SPXM 2019-06-21");
        assertThatThrownBy(() -> new FutureSettings("E S", "SPX", 8, 0, 0, 50, 0.25, 0, 0, 0))
                .hasMessage("futures root must be one word, got 'E S'");
        assertThatThrownBy(() -> new FutureSettings("ES", "SPX", 1, 0, 0, 50, 0.25, 0, 0, 0))
                .hasMessage("futures months must be bits 1..12, got 1");
        assertThatThrownBy(() -> new Engine(EngineConfig.of(SPX, 1)).withFutures(FutureSettings.es().withCarry(0, 0)).withFutures(
                new FutureSettings("ES", "NOPE", 8, 0, 0, 50, 0.25, 0, 0, 0)).backtest(new Scripted(), Map.of(), twoWeeks()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such bundled calendar");
        assertThatThrownBy(() -> new Engine(EngineConfig.of(SPX, 1)).withFutures(FutureSettings.es()).withLogSink(l -> {})
                .paper(new Scripted(), Map.of(), dev.tradewind.model.Clock.SYSTEM, 0)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("dated futures are simulated in backtests only, not in paper runs");
    }

    @Test
    void aSaleLargerThanTheLongReversesIntoAShort() {
        List<String> legs = new ArrayList<>();
        Scripted s = new Scripted().at(0, ctx -> ctx.futures().buy(JUNE, 2))
                .at(1, ctx -> {
                    ctx.futures().sell(JUNE, 3);
                    legs.add(ctx.futures().legs().get(0).quantity() + " @ " + ctx.futures().legs().get(0).entryPrice());
                })
                .at(2, ctx -> ctx.futures().closeAll());
        BacktestResult r = run(s, 100_000);

        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted", "bar 0 #1 filled BUY 2.0 @ 2887.5 fee 3.0",
                "bar 1 #2 accepted", "bar 1 #2 filled SELL 3.0 @ 2885.75 fee 4.5",
                "bar 1 trade BUY 2.0 2887.5 -> 2885.75 net -182.5 bars 1", // 2 x -1.75 x 50, both fills' fees
                "bar 2 #3 accepted", "bar 2 #3 filled BUY 1.0 @ 2880.5 fee 1.5",
                "bar 2 trade SELL 1.0 2885.75 -> 2880.5 net 261.0 bars 1"); // 5.25 x 50 less its closing fee 1.50
        assertThat(legs).containsExactly("-1.0 @ 2885.75");
        // bar 1: marked at 2886.00 (-125), sold 2 at 2885.75 (-25, fee -4.5), the short 1 marked at 2886.00 (-12.5)
        // bar 2: the short marked at 2880.25 (+287.5), bought back at 2880.50 (-12.5, fee -1.5)
        assertThat(r.cash().toArray()).startsWith(99_972, 99_805, 100_078.5);
        assertThat(r.finalEquity()).isEqualTo(100_000 - 182.5 + 261);
    }

    /** A period as "total = realized + unrealized". */
    static String period(Pnl.Period p) { return p.total() + " = " + p.realized() + " + " + p.unrealized(); }
}
