package dev.tradewind.engine;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Signal;
import dev.tradewind.model.LedgerEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Block;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Funding, borrowing, liquidation, leverage and the risk gate, as transcripts and ledger checks. */
class AccountTranscriptTest {
    static final long HOUR = 3_600_000_000_000L;
    static final long DAY = 24 * HOUR;
    static final long T0 = 19_723L * DAY;
    static final Instrument PERP = new Instrument("PERP", Instrument.Kind.FUTURE, 0.01, 1, 1, 0.1, 0.05, 0);
    static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1, 0.5, 0);

    @Test
    void fundingIsPaidAtEachBoundaryCrossedWhileHoldingAndCountsAsATradeCost() {
        BarSeries fourHours = Scripted.series(T0, 4 * HOUR, new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100},
                new double[] {102, 103, 101, 102}, new double[] {102, 103, 101, 102}, new double[] {104, 105, 103, 104},
                new double[] {104, 105, 103, 104});
        Scripted s = new Scripted().at(0, c -> c.buy(10)).at(4, c -> c.flatten());
        EngineConfig config = EngineConfig.of(PERP, 10_000).withAccount(AccountRules.DEFAULT.withFunding(Funding.constant(0.0001)));
        BacktestResult r = new Engine(config).backtest(s, Map.of(), fourHours);
        // bought at 04:00; fundings at 08:00 (open 102) and 16:00 (open 104): 10 x 102 x 0.0001 and 10 x 104 x 0.0001
        assertThat(r.ledger()).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.FUNDING, LedgerEntry.Kind.FUNDING);
        assertThat(r.ledger().get(0).amount()).isCloseTo(0.102, within(1e-12));
        assertThat(r.ledger().get(1).amount()).isCloseTo(0.104, within(1e-12));
        Trade t = r.trades().get(0);
        assertThat(t.costs()).isCloseTo(0.206, within(1e-12));
        assertThat(t.netPnl()).isCloseTo(10 * (104 - 100) - 0.206, within(1e-9));
        assertThat(r.finalEquity()).isCloseTo(10_000 + t.netPnl(), within(1e-9));
    }

    @Test
    void aPositionBelowMaintenanceMarginIsLiquidatedAtTheLiquidationPrice() {
        BarSeries bars = Scripted.series(T0, DAY, new double[] {100, 100, 100, 100}, new double[] {100, 100, 99, 99},
                new double[] {98, 99, 93, 95}, new double[] {95, 96, 94, 95});
        Scripted s = new Scripted().at(0, c -> c.buy(90));
        BacktestResult r = new Engine(EngineConfig.of(PERP, 1_000)).backtest(s, Map.of(), bars);
        // after bar 1: cash 1000 - 90 = 910, settled at 99; equity = 5% of notional at
        // P = (90 x 99 - 910) / (90 x 0.95) = 93.567..., rounded to 93.57; bar 2's low of 93 reaches it
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 1 #1 filled BUY 90.0 @ 100.0 fee 0.0",
                "bar 2 #2 accepted",
                "bar 2 #2 filled SELL 90.0 @ 93.57 fee 0.0",
                "bar 2 trade BUY 90.0 100.0 -> 93.57 net -578.7000000000006 bars 1");
        assertThat(r.orders().get(1).order().tag()).isEqualTo("liquidation");
        assertThat(r.ledger()).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.LIQUIDATION);
        assertThat(r.finalEquity()).isCloseTo(1_000 - 578.7, within(1e-6));
    }

    @Test
    void anOrderNeedingMoreMarginOrLeverageThanAllowedIsRejectedWithTheReason() {
        BarSeries bars = Scripted.bars(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100});
        Scripted margin = new Scripted().at(0, c -> c.buy(200));
        new Engine(EngineConfig.of(PERP, 1_000)).backtest(margin, Map.of(), bars);
        assertThat(margin.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 rejected: insufficient margin: needs 2000.00, equity 1000.00");
        Scripted lev = new Scripted().at(0, c -> c.buy(40));
        new Engine(EngineConfig.of(PERP, 1_000).withAccount(AccountRules.DEFAULT.withLeverageCap(3))).backtest(lev, Map.of(), bars);
        assertThat(lev.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 rejected: leverage 4.00 would exceed the cap 3.00");
    }

    @Test
    void spotShortsPayTheBorrowFeeEachDay() {
        BarSeries bars = Scripted.bars(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100},
                new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100});
        Scripted s = new Scripted().at(0, c -> c.sell(10));
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000).withAccount(AccountRules.DEFAULT.withBorrow(36.5)))
                .backtest(s, Map.of(), bars);
        // short 10 from bar 1; day boundaries at bars 2 and 3: 10 x 100 x 36.5% / 365 = 1.0 each
        assertThat(r.ledger()).extracting(LedgerEntry::amount).containsExactly(1.0, 1.0);
        assertThat(r.finalEquity()).isCloseTo(10_000 - 2.0, within(1e-9));
    }

    @Test
    void aBlockStartingWhileAnEntryOrderIsOpenCancelsItButKeepsTheStop() {
        BarSeries bars = Scripted.bars(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100},
                new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100});
        Scripted s = new Scripted()
                .at(0, c -> c.buy(1))
                .at(1, c -> { c.sellStop(1, 90); c.buyLimit(1, 95); })
                .at(2, c -> { c.block(Block.restOfDay()); c.buy(1); })
                .at(3, c -> c.buy(1));
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), bars);
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 1 #1 filled BUY 1.0 @ 100.0 fee 0.0",
                "bar 1 #2 accepted",
                "bar 1 #3 accepted",
                "bar 2 #3 canceled",
                "bar 2 #4 rejected: blocked: by the strategy",
                "bar 3 #5 accepted");
        assertThat(r.signals()).extracting(Signal::orderId, Signal::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "sent"), org.assertj.core.groups.Tuple.tuple(3L, "sent"),
                org.assertj.core.groups.Tuple.tuple(4L, "blocked: by the strategy"), org.assertj.core.groups.Tuple.tuple(5L, "sent"));
    }

    @Test
    void throttleAllowsOneEntrySignalPerDayAndRecordsTheRest() {
        long h = HOUR;
        BarSeries hourly = Scripted.series(T0, 6 * h, new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100},
                new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100});
        Scripted s = new Scripted().at(0, c -> c.buyLimit(1, 50)).at(1, c -> c.buyLimit(1, 50)).at(4, c -> c.buyLimit(1, 50));
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000).withRisk(RiskLimits.NONE.withSignalsPer(RiskLimits.Period.DAY)))
                .backtest(s, Map.of(), hourly);
        assertThat(r.signals()).extracting(Signal::outcome).containsExactly("sent", "throttled: one entry signal per day", "sent");
    }

    @Test
    void dailyLossBlocksTheRestOfTheDayAndDrawdownHaltsForGood() {
        long h = HOUR;
        BarSeries bars = Scripted.series(T0, 6 * h, new double[] {100, 100, 100, 100}, new double[] {100, 100, 90, 90},
                new double[] {90, 91, 89, 90}, new double[] {90, 91, 89, 90}, new double[] {90, 91, 89, 90});
        Scripted s = new Scripted().at(0, c -> c.buy(50)).at(2, c -> c.buy(1)).at(4, c -> c.buy(1));
        BacktestResult daily = new Engine(EngineConfig.of(SPOT, 10_000).withRisk(RiskLimits.NONE.withDailyLoss(3)))
                .backtest(s, Map.of(), bars);
        // bar 1 closes 500 below the day's start (5%): entries refused until the next day (bar 4)
        assertThat(daily.signals()).extracting(Signal::outcome).containsExactly("sent", "blocked: daily loss beyond 3.0%", "sent");
        Scripted t = new Scripted().at(0, c -> c.buy(50)).at(2, c -> c.buy(1)).at(4, c -> c.buy(1));
        BacktestResult dd = new Engine(EngineConfig.of(SPOT, 10_000).withRisk(RiskLimits.NONE.withMaxDrawdown(4, true)))
                .backtest(t, Map.of(), bars);
        assertThat(dd.signals()).extracting(Signal::outcome).containsExactly("sent", "halted: drawdown beyond 4.0%",
                "halted: drawdown beyond 4.0%");
        assertThat(dd.position().at(dd.bars() - 1)).isZero();
    }

    @Test
    void minimumNotionalAndMaximumPositionRefuseEntries() {
        Instrument min = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 0.001, 1, 1, 0.5, 5);
        BarSeries bars = Scripted.bars(new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100});
        Scripted s = new Scripted().at(0, c -> { c.buy(0.01); c.buy(3); });
        new Engine(EngineConfig.of(min, 10_000).withRisk(RiskLimits.NONE.withMaxPosition(2, 0))).backtest(s, Map.of(), bars);
        assertThat(s.events).containsExactly(
                "bar 0 #1 rejected: order value 1.0 is below the minimum notional 5.0",
                "bar 0 #2 rejected: position 3.0 would exceed the maximum of 2.0 units");
    }

    @Test
    void bookWalkPricesAMarketOrderAtTheDepthsVolumeWeightedPrice() throws Exception {
        var book = Books.binanceBids("/binance-btcusdt-depth-snap.csv");
        // the snapshot's first bids: 20377.00 x 1.770, 20376.90 x 0.001, 20376.80 x 0.009, 20376.70 x 1.216 ...
        double q = 3.0;
        double expected = (1.770 * 20377.00 + 0.001 * 20376.90 + 0.009 * 20376.80 + 1.216 * 20376.70 + 0.004 * book.bidPrices()[4]) / q;
        assertThat(book.walk(Side.SELL, q)).isCloseTo(expected, within(1e-9));
        BookSlippage slip = new BookSlippage(book);
        assertThat(slip.price(Side.SELL, 20377.00, q, 0, Double.NaN)).isCloseTo(expected, within(1e-9));
        assertThat(slip.price(Side.SELL, 100, 0.5, 0, Double.NaN)).isEqualTo(100.0);
    }
}
