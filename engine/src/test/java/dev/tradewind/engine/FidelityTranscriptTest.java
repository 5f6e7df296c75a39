package dev.tradewind.engine;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Signal;
import dev.tradewind.model.ExecutionNotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Pnl;
import dev.tradewind.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options a trader coming from backtrader expects: slippage on the tick, cash checked at submission, margin per contract. */
class FidelityTranscriptTest {
    static final long DAY = 86_400_000_000_000L;
    static final long T0 = 19_723L * DAY; // 2024-01-01, a Monday
    static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 0.5, 1, 1, 0.5, 0);

    @Test
    void slippageSmallerThanATickCostsATickAgainstTheTraderAndIsReported() {
        BarSeries bars = Scripted.bars(new double[] {10, 10, 10, 10}, new double[] {10, 10, 10, 10}, new double[] {10, 10, 10, 10});
        Scripted s = new Scripted().at(0, c -> c.buy(10)).at(1, c -> c.sell(10));
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 1_000).withSlippageBps(1)).backtest(s, Map.of(), bars);
        // 1 bps of 10.00 is 0.001, a tenth of the 0.01 tick: rounded to the nearest tick it vanished; now the buy pays
        // 10.01 and the sell gets 9.99
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 filled BUY 10.0 @ 10.01 fee 0.0",
                "bar 1 #2 accepted", "bar 2 #2 filled SELL 10.0 @ 9.99 fee 0.0", "bar 2 trade BUY 10.0 10.01 -> 9.99 net -0.19999999999999574 bars 1");
        ExecutionNotes n = r.notes();
        assertThat(n.slippedFills()).isEqualTo(2);
        assertThat(n.requestedSlippageBps()).isCloseTo(1, within(1e-9));
        assertThat(n.effectiveSlippageBps()).isCloseTo(10, within(1e-9));
        assertThat(n.slippageChangedByTick()).isTrue();
    }

    @Test
    void slippageOnAPriceWithoutTickIsExactAndNotFlagged() {
        Instrument noTick = new Instrument("TEST", Instrument.Kind.SPOT, 0, 0.5, 1, 1, 0.5, 0);
        BarSeries bars = Scripted.bars(new double[] {10, 10, 10, 10}, new double[] {10, 10, 10, 10});
        Scripted s = new Scripted().at(0, c -> c.buy(10));
        BacktestResult r = new Engine(EngineConfig.of(noTick, 1_000).withSlippageBps(1)).backtest(s, Map.of(), bars);
        assertThat(r.fills().get(0).price()).isEqualTo(10 * (1 + 1 / 10_000.0));
        assertThat(r.notes().slippageChangedByTick()).isFalse();
    }

    @Test
    void aRejectedOrderDoesNotCountAsASlippedFill() {
        BarSeries bars = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100});
        Scripted s = new Scripted().at(0, c -> c.buy(50));
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 1_000).withSlippageBps(1)).backtest(s, Map.of(), bars);
        assertThat(s.events).last().asString().startsWith("bar 1 #1 rejected: insufficient cash");
        assertThat(r.notes().slippedFills()).isZero();
    }

    @Test
    void theSubmitCheckRefusesWhatTheSignalBarsCloseCannotPayTheFillCheckDoesNot() {
        // close 100 when the order is sent, the next bar opens at 90: 10.5 units cost 1050 at the close, 945 at the open
        BarSeries down = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {90, 90, 90, 90});
        Scripted fill = new Scripted().at(0, c -> c.buy(10.5));
        new Engine(EngineConfig.of(SPOT, 1_000)).backtest(fill, Map.of(), down);
        assertThat(fill.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 filled BUY 10.5 @ 90.0 fee 0.0");

        Scripted submit = new Scripted().at(0, c -> c.buy(10.5));
        BacktestResult r = new Engine(submitCheck(1_000)).backtest(submit, Map.of(), down);
        assertThat(submit.events).containsExactly(
                "bar 0 #1 rejected: insufficient cash: needs 1050.00, has 1000.00 at submission (price 100.0)");
        assertThat(r.signals()).extracting(Signal::outcome)
                .containsExactly("insufficient cash: needs 1050.00, has 1000.00 at submission (price 100.0)");
    }

    @Test
    void theSubmitCheckStillChecksAtTheFillAsBacktraderDoes() {
        // 9.5 units cost 950 at the close of 100: accepted; the next bar gaps to 110 (1045): refused at the fill either way
        BarSeries up = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {110, 110, 110, 110});
        for (EngineConfig config : List.of(EngineConfig.of(SPOT, 1_000), submitCheck(1_000))) {
            Scripted s = new Scripted().at(0, c -> c.buy(9.5));
            new Engine(config).backtest(s, Map.of(), up);
            assertThat(s.events).as(config.account().cashCheck().name())
                    .containsExactly("bar 0 #1 accepted", "bar 1 #1 rejected: insufficient cash: needs 1045.00, has 1000.00");
        }
    }

    @Test
    void theSubmitCheckCountsTheEntriesAlreadySentInTheBar() {
        BarSeries bars = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100},
                new double[] {100, 100, 100, 100});
        Scripted s = new Scripted().at(0, c -> {
            c.buy(6);
            c.buy(6);
        }).at(1, c -> c.buy(3));
        new Engine(submitCheck(1_000)).backtest(s, Map.of(), bars);
        // 600 of 1000 promised to the first order: the second (600) is refused; in the next bar the count starts again
        // from the cash then (400 after the fill): 300 fits
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 0 #2 rejected: insufficient cash: needs 600.00, has 400.00 at submission (price 100.0)",
                "bar 1 #1 filled BUY 6.0 @ 100.0 fee 0.0",
                "bar 1 #3 accepted",
                "bar 2 #3 filled BUY 3.0 @ 100.0 fee 0.0");
    }

    @Test
    void exitsAreNeverRefusedAtSubmission() {
        BarSeries bars = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100},
                new double[] {100, 100, 100, 100});
        Scripted s = new Scripted().at(0, c -> c.buy(10)).at(1, c -> c.sell(10));
        new Engine(submitCheck(1_000)).backtest(s, Map.of(), bars);
        assertThat(s.events).contains("bar 2 #2 filled SELL 10.0 @ 100.0 fee 0.0");
    }

    private static EngineConfig submitCheck(double cash) {
        return EngineConfig.of(SPOT, cash).withAccount(AccountRules.DEFAULT.withCashCheck(CashCheck.SUBMIT));
    }

    @Test
    void aFixedMarginPerContractLimitsFuturesAndIsReportedUsedAndAvailableEveryBar() {
        Instrument es = new Instrument("ES", Instrument.Kind.FUTURE, 0.25, 1, 50, 0.1, 0.05, 0).withMarginPerContract(1_000, 500);
        BarSeries bars = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {100, 102, 99, 101},
                new double[] {101, 101, 101, 101});
        Scripted s = new Scripted().at(0, c -> c.buy(11)).at(0, c -> c.buy(9));
        BacktestResult r = new Engine(EngineConfig.of(es, 10_000)).backtest(s, Map.of(), bars);
        // 11 contracts need 11,000 of margin against 10,000 of equity (as a 10% rate they would need only 5,500)
        assertThat(s.events).contains("bar 1 #1 rejected: insufficient margin: needs 11000.00, equity 10000.00",
                "bar 1 #2 filled BUY 9.0 @ 100.0 fee 0.0");
        assertThat(r.marginUsedAt(0)).isZero();
        assertThat(r.marginUsedAt(1)).isEqualTo(9_000);
        // settled at 101: cash 10,000 + 9 x 1 x 50 = 10,450, of which 9,000 is margin
        assertThat(r.cash().at(1)).isCloseTo(10_450, within(1e-9));
        assertThat(r.marginAvailableAt(1)).isCloseTo(1_450, within(1e-9));
        assertThat(r.maxMarginUsed()).isEqualTo(9_000);
    }

    @Test
    void aPositionBelowItsMaintenancePerContractIsLiquidatedWhereEquityMeetsIt() {
        Instrument es = new Instrument("ES", Instrument.Kind.FUTURE, 0.25, 1, 50, 0.1, 0.05, 0).withMarginPerContract(1_000, 500);
        BarSeries bars = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100},
                new double[] {100, 100, 9, 50});
        Scripted s = new Scripted().at(0, c -> c.buy(2));
        BacktestResult r = new Engine(EngineConfig.of(es, 10_000)).backtest(s, Map.of(), bars);
        // equity 10,000 + 2 x (P - 100) x 50 meets 2 x 500 at P = 10
        assertThat(s.events).contains("bar 2 #2 filled SELL 2.0 @ 10.0 fee 0.0");
        assertThat(r.finalEquity()).isCloseTo(1_000, within(1e-9));
    }

    @Test
    void affordableUnitsOfAFutureWithMarginPerContractIsEquityOverTheMargin() {
        Instrument es = new Instrument("ES", Instrument.Kind.FUTURE, 0.25, 1, 50, 0.1, 0.05, 0).withMarginPerContract(1_000, 500);
        double[] seen = new double[1];
        Strategy probe = new Strategy() {
            @Override public void onBar(Context ctx) { seen[0] = ctx.affordableUnits(); }
        };
        new Engine(EngineConfig.of(es, 10_000)).backtest(probe, Map.of(), Scripted.bars(new double[] {100, 100, 100, 100}));
        assertThat(seen[0]).isEqualTo(10);
    }

    @Test
    void thePositionKnowsItsEntryBarAndTheBarsSince() {
        BarSeries bars = Scripted.bars(new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100},
                new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100},
                new double[] {100, 100, 100, 100}, new double[] {100, 100, 100, 100});
        List<String> seen = new ArrayList<>();
        Strategy s = new Strategy() {
            @Override public void onBar(Context c) {
                seen.add(c.barIndex() + ":" + c.position().entryBar() + "/" + c.position().barsSinceEntry());
                switch (c.barIndex()) {
                    case 0 -> c.buy(1);
                    case 2 -> c.buy(1);       // adding keeps the entry bar
                    case 3 -> c.sell(4);      // reverses: a new entry
                    case 5 -> c.flatten();
                    default -> { }
                }
            }
        };
        new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), bars);
        assertThat(seen).containsExactly("0:-1/-1", "1:1/0", "2:1/1", "3:1/2", "4:4/0", "5:4/1", "6:-1/-1");
    }

    @Test
    void pnlByPeriodSplitsRealizedAndUnrealizedAndRestartsAtEachLocalDayWeekMonthAndYear() {
        // daily bars from Friday 2024-01-26 to Tuesday 2024-02-06 (a month and two week boundaries)
        long start = T0 + 25 * DAY;
        double[][] rows = new double[12][];
        for (int i = 0; i < rows.length; i++) {
            double p = 100 + i;
            rows[i] = new double[] {p, p + 1, p - 1, p + 0.5};
        }
        BarSeries bars = Scripted.series(start, DAY, rows);
        record Seen(int bar, double dayTotal, double dayRealized, double dayUnrealized, double week, double month,
                double year, long weekStart, long monthStart) {}
        List<Seen> seen = new ArrayList<>();
        Strategy s = new Strategy() {
            @Override public void onBar(Context c) {
                Pnl p = c.pnl();
                seen.add(new Seen(c.barIndex(), p.today().total(), p.today().realized(), p.today().unrealized(),
                        p.thisWeek().total(), p.thisMonth().total(), p.thisYear().total(), p.thisWeek().startDay(),
                        p.thisMonth().startDay()));
                if (c.barIndex() == 0) c.buy(10);
                if (c.barIndex() == 7) c.sell(10);
            }
        };
        Commission fees = new Commission(0.1, 0, 0);
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000).withCommission(fees)).backtest(s, Map.of(), bars);
        double[] eq = r.equity();
        for (Seen x : seen) {
            int i = x.bar();
            double previous = i == 0 ? 10_000 : eq[i - 1];
            assertThat(x.dayTotal()).as("bar %d today", i).isCloseTo(eq[i] - previous, within(1e-9));
            assertThat(x.dayRealized() + x.dayUnrealized()).isCloseTo(x.dayTotal(), within(1e-9));
            assertThat(x.year()).as("bar %d year", i).isCloseTo(eq[i] - 10_000, within(1e-9));
        }
        // bar 1 (Saturday 27th) fills the buy at 101: the fee is the day's realized loss, the move to 101.5 unrealized
        double fee = 10 * 101 * 0.001;
        assertThat(seen.get(1).dayRealized()).isCloseTo(-fee, within(1e-12));
        assertThat(seen.get(1).dayUnrealized()).isCloseTo(10 * 0.5, within(1e-12));
        // Monday 29th (bar 3) starts a week, Thursday 1st (bar 6) a month, Monday 5th (bar 10) a week
        assertThat(seen.get(3).weekStart()).isEqualTo(19_751);
        assertThat(seen.get(3).week()).isCloseTo(eq[3] - eq[2], within(1e-9));
        assertThat(seen.get(5).month()).isCloseTo(eq[5] - 10_000, within(1e-9));
        assertThat(seen.get(6).monthStart()).isEqualTo(19_754);
        assertThat(seen.get(7).month()).isCloseTo(eq[7] - eq[5], within(1e-9));
        assertThat(seen.get(10).week()).isCloseTo(eq[10] - eq[9], within(1e-9));
        // the sell fills at bar 8's open (108): realized that day = 10 x (108 - 101) - exit fee; the trade is closed
        double exitFee = 10 * 108 * 0.001;
        assertThat(seen.get(8).dayRealized()).isCloseTo(10 * 7 - exitFee, within(1e-9));
        assertThat(seen.get(8).dayUnrealized()).isCloseTo(-10 * (107.5 - 101), within(1e-9));
    }

    @Test
    void aFuturesDayWithoutFillsIsAllUnrealizedAndTheSubmitCheckAsksForMarginPerContract() {
        Instrument es = new Instrument("ES", Instrument.Kind.FUTURE, 0.25, 1, 50, 0.1, 0.05, 0).withMarginPerContract(1_000, 500);
        BarSeries bars = Scripted.bars(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100.5},
                new double[] {100.5, 103, 100, 102}, new double[] {102, 102, 98, 99});
        double[][] seen = new double[4][];
        List<String> events = new ArrayList<>();
        Strategy s = new Strategy() {
            @Override public void onBar(Context c) {
                seen[c.barIndex()] = new double[] {c.pnl().today().realized(), c.pnl().today().unrealized(), c.marginUsed(),
                    c.marginAvailable()};
                if (c.barIndex() == 0) {
                    c.buy(11);
                    c.buy(2);
                }
            }

            @Override public void onOrder(Context c, dev.tradewind.model.OrderEvent e) {
                if (e instanceof dev.tradewind.model.OrderEvent.Rejected r) events.add(r.orderId() + " " + r.reason());
            }
        };
        EngineConfig config = EngineConfig.of(es, 10_000).withAccount(AccountRules.DEFAULT.withCashCheck(CashCheck.SUBMIT));
        new Engine(config).backtest(s, Map.of(), bars);
        assertThat(events).containsExactly("1 insufficient margin: needs 11000.00, equity 10000.00 at submission (price 100.0)");
        // bar 2 (no fill): 2 x 50 x (102 - 100.5) unrealized, nothing realized; bar 3: 2 x 50 x (99 - 102); the cash
        // available is the cash settled at the last mark (bar 1's close, 100.5) less 2 x 1,000 of margin
        assertThat(seen[2]).containsExactly(0, 150, 2_000, 10_000 + 2 * 50 * 0.5 - 2_000);
        assertThat(seen[3][0]).isZero();
        assertThat(seen[3][1]).isEqualTo(-300);
    }
}
