package dev.tradewind.live.binance.trade;

import static dev.tradewind.live.binance.trade.Harness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.live.trade.Reconciliation;
import dev.tradewind.live.trade.RiskGate;
import dev.tradewind.live.trade.UnknownOrders;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The Binance execution client against the fake spot exchange: each scripted fault, checked against the fake's books. */
class BinanceExecutionTest {

    static Order market(long id, Side side, double qty) { return Order.of(id, "FILUSDT", side, OrderType.MARKET, qty).build(); }

    static Order limit(long id, Side side, double qty, double price) {
        return Order.of(id, "FILUSDT", side, OrderType.LIMIT, qty).limit(price).build();
    }

    @Test
    void aMarketBuyFillsWithTheCommissionInTheAssetCharged() {
        try (Harness h = new Harness()) {
            Reconciliation start = h.exec.start();
            assertThat(start.clean()).isTrue();
            h.exec.submit(market(1, Side.BUY, 10));
            h.exec.awaitIdle();
            // 0.1% of the 10 FIL received, charged in FIL: the run's fill is the 9.99 FIL the account got, and the fee
            // is the 0.01 FIL valued at the fill price: 0.01 x 5 = 0.05 USDT
            assertThat(h.transcript()).containsExactly("Accepted 1", "Filled 1 9.99@5 fee=0.05 rem=0");
            assertThat(h.tracker.fills()).singleElement().satisfies(f -> {
                assertThat(f.commissionAsset()).isEqualTo("FIL");
                assertThat(f.commission()).isEqualTo(0.01);
            });
            assertThat(h.fake.byClient("twtest-1").status).isEqualTo("FILLED");
            assertThat(h.fake.balance("FIL")).isEqualByComparingTo("109.99");
            Reconciliation r = h.exec.reconcile();
            assertThat(r.position()).isEqualTo(9.99, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.clean()).as(r.notes().toString()).isTrue();
        }
    }

    @Test
    void aTimeoutAfterTheExchangeAcceptedIsLookedUpNotSentAgain() {
        try (Harness h = new Harness()) {
            h.exec.start();
            h.fake.slowOrders(1, 3000); // booked at once, answered after the client's 2 s timeout
            h.exec.submit(market(1, Side.BUY, 10));
            h.exec.awaitIdle();
            assertThat(h.fake.orders()).hasSize(1);
            assertThat(h.fake.requests().stream().filter(r -> r.startsWith("POST /api/v3/order")).count()).isEqualTo(1);
            assertThat(h.fake.requests()).anyMatch(r -> r.startsWith("GET /api/v3/order?symbol=FILUSDT&origClientOrderId=twtest-1"));
            assertThat(h.transcript()).containsExactly("Accepted 1", "Filled 1 9.99@5 fee=0.05 rem=0");
        }
    }

    @Test
    void aSubmitLostOnTheWayIsSentAgainOnlyAfterTheLookupFindsNothing() {
        try (Harness h = new Harness()) {
            h.exec.start();
            h.fake.loseOrders(1, 3000);
            h.exec.submit(market(1, Side.BUY, 10));
            h.exec.awaitIdle();
            assertThat(h.fake.orders()).hasSize(1);
            assertThat(h.fake.requests().stream().filter(r -> r.startsWith("POST /api/v3/order")).count()).isEqualTo(2);
            assertThat(h.transcript()).containsExactly("Accepted 1", "Filled 1 9.99@5 fee=0.05 rem=0");
        }
    }

    @Test
    void duplicatedStreamReportsGiveEachTransitionOnce() {
        try (Harness h = new Harness().withStream()) {
            h.exec.start();
            h.fake.duplicateReports(true);
            h.fake.pieces(3);
            h.exec.submit(limit(1, Side.BUY, 10, 4.9));
            h.exec.awaitIdle();
            h.fake.price("4.8");
            await(() -> h.events.size() >= 4);
            h.exec.awaitIdle();
            assertThat(h.transcript()).containsExactly("Accepted 1", "Filled 1 3.32667@4.9 fee=0.016317 rem=6.67",
                    "Filled 1 3.32667@4.9 fee=0.016317 rem=3.34", "Filled 1 3.33666@4.9 fee=0.016366 rem=0");
            assertThat(h.tracker.duplicates()).isGreaterThanOrEqualTo(3);
            assertThat(h.fake.trades()).hasSize(3);
        }
    }

    @Test
    void outOfOrderReportsStillEndFilledWithEveryTrade() {
        try (Harness h = new Harness().withStream()) {
            h.exec.start();
            h.fake.holdReports(true);
            h.fake.pieces(3);
            h.exec.submit(limit(1, Side.BUY, 10, 4.9));
            h.exec.awaitIdle();
            h.fake.price("4.8");
            h.fake.releaseReversed(); // trade 3 (z=10, FILLED) first, NEW last
            await(() -> h.events.size() >= 4);
            h.exec.awaitIdle();
            assertThat(h.transcript()).first().isEqualTo("Accepted 1");
            // every trade exactly once; the order they are applied in depends on whether the stream or a reconciliation
            // (which fetches missing trades in id order) brings the later ones, so it is not asserted
            assertThat(h.tracker.fills()).extracting(f -> f.tradeId()).containsExactlyInAnyOrder(5000L, 5001L, 5002L);
            assertThat(h.transcript().getLast()).endsWith("rem=0");
            assertThat(h.tracker.fills().stream().mapToDouble(f -> f.quantity()).sum()).isEqualTo(10.0);
            assertThat(h.fake.byClient("twtest-1").status).isEqualTo("FILLED");
        }
    }

    @Test
    void aPartialFillThenCancel() {
        try (Harness h = new Harness().withStream()) {
            h.exec.start();
            h.exec.submit(limit(1, Side.BUY, 10, 4.5));
            h.exec.awaitIdle();
            h.fake.fillPart("twtest-1", "4");
            await(() -> h.events.size() >= 2);
            h.exec.cancel(1, 0);
            h.exec.awaitIdle();
            await(() -> h.events.size() >= 3);
            assertThat(h.transcript()).containsExactly("Accepted 1", "Filled 1 3.996@4.5 fee=0.018 rem=6", "Canceled 1");
            assertThat(h.fake.byClient("twtest-1").status).isEqualTo("CANCELED");
            assertThat(h.fake.balance("USDT")).isEqualByComparingTo("9982"); // 10,000 - 4 x 4.5, the rest unlocked
        }
    }

    @Test
    void anExchangeRejectionCarriesItsCodeAndMessage() {
        try (Harness h = new Harness()) {
            h.exec.start();
            h.exec.submit(market(1, Side.SELL, 500)); // the account holds 100 FIL
            h.exec.awaitIdle();
            assertThat(h.transcript()).containsExactly("Rejected 1 binance -2010: Account has insufficient balance for requested action.");
            assertThat(h.fake.orders()).isEmpty();
        }
    }

    @Test
    void filtersAreAppliedBeforeSending() {
        try (Harness h = new Harness()) {
            h.exec.start();
            h.exec.submit(limit(1, Side.BUY, 0.001, 5));     // below minQty 0.01 after the step
            h.exec.submit(limit(2, Side.BUY, 0.5, 5));       // 2.5 USDT < minNotional 5
            h.exec.submit(limit(3, Side.BUY, 2, 30));        // 30 > 5 x average price 5
            h.exec.submit(limit(4, Side.BUY, 2.004999999, 4.12345)); // put on the grid: 2 @ 4.123
            h.exec.awaitIdle();
            assertThat(h.transcript()).containsExactly(
                    "Rejected 1 binance filters: Filter failure: LOT_SIZE (quantity 0 is 0 on the step grid)",
                    "Rejected 2 binance filters: Filter failure: NOTIONAL (value 2.5 < minNotional 5)",
                    "Rejected 3 binance filters: Filter failure: PERCENT_PRICE_BY_SIDE (price 30 > 5.0 x average 5.0)",
                    "Accepted 4");
            assertThat(h.fake.orders()).singleElement().satisfies(o -> {
                assertThat(o.qty).isEqualByComparingTo("2");
                assertThat(o.price).isEqualByComparingTo("4.123");
            });
        }
    }

    @Test
    void clockSkewBeyondRecvWindowIsMeasuredAtStartAndAgainOnMinus1021() {
        try (Harness h = new Harness()) {
            h.fake.skew(20_000);
            h.exec.start();
            assertThat(h.rest.offsetMillis()).isBetween(19_000L, 21_000L);
            h.exec.submit(market(1, Side.BUY, 2));
            h.exec.awaitIdle();
            assertThat(h.fake.timestampFailures()).isZero();
            h.fake.skew(-30_000); // the exchange's clock jumps: the next request is refused, the offset measured again
            h.exec.submit(market(2, Side.BUY, 2));
            h.exec.awaitIdle();
            assertThat(h.fake.timestampFailures()).isEqualTo(1);
            assertThat(h.rest.offsetMillis()).isBetween(-31_000L, -29_000L);
            assertThat(h.fake.orders()).hasSize(2);
            assertThat(h.transcript()).filteredOn(s -> s.startsWith("Filled")).hasSize(2);
        }
    }

    @Test
    void throttledRequestsWaitRetryAfter() {
        try (Harness h = new Harness()) {
            h.exec.start();
            h.fake.throttle(2);
            h.exec.submit(market(1, Side.BUY, 2));
            h.exec.awaitIdle();
            assertThat(h.waits).containsExactly(1000L, 1000L);
            assertThat(h.fake.orders()).hasSize(1);
            assertThat(h.rest.retryWaits()).isEqualTo(2);
        }
    }

    @Test
    void theOrderCountLimitIsKeptAheadOfTime() throws InterruptedException {
        try (Harness h = new Harness()) {
            h.exec.start();
            // the exchange counts orders per 10 s of its clock (the machine's here): 101 orders sent across a window's
            // end would need no wait, so they start with 4 s or more of the window left (this failed once in CI)
            long into = Math.floorMod(h.fake.now(), 10_000);
            if (into > 6_000) Thread.sleep(10_050 - into);
            for (int i = 1; i <= 101; i++) h.exec.submit(limit(i, Side.BUY, 2, 4));
            h.exec.awaitIdle();
            // the 101st order waited for the next 10 s window instead of drawing a 429
            assertThat(h.rest.limitWaits()).isGreaterThanOrEqualTo(1);
            assertThat(h.waits).isNotEmpty().allMatch(w -> w > 0 && w <= 10_050);
            assertThat(h.fake.orders()).hasSize(101);
        }
    }

    @Test
    void cancelReplaceSwapsTheOrderInOneRequest() {
        try (Harness h = new Harness()) {
            h.exec.start();
            h.exec.submit(limit(1, Side.BUY, 4, 4.5));
            h.exec.replace(1, limit(2, Side.BUY, 4, 4.6));
            h.exec.awaitIdle();
            assertThat(h.transcript()).containsExactly("Accepted 1", "Canceled 1", "Accepted 2");
            assertThat(h.fake.byClient("twtest-1").status).isEqualTo("CANCELED");
            assertThat(h.fake.byClient("twtest-2").price).isEqualByComparingTo("4.6");
        }
    }

    @Test
    void stopLossAndTakeProfitUseTheExchangesTypes() {
        try (Harness h = new Harness().withStream()) {
            h.exec.start();
            h.exec.submit(Order.of(1, "FILUSDT", Side.SELL, OrderType.STOP, 5).stop(4.5).build());
            h.exec.submit(Order.of(2, "FILUSDT", Side.SELL, OrderType.LIMIT_IF_TOUCHED, 5).stop(5.5).limit(5.5).build());
            h.exec.submit(Order.of(3, "FILUSDT", Side.BUY, OrderType.LIMIT, 5).limit(4).tif(TimeInForce.DAY).build());
            h.exec.awaitIdle();
            assertThat(h.fake.byClient("twtest-1").type).isEqualTo("STOP_LOSS");
            assertThat(h.fake.byClient("twtest-2").type).isEqualTo("TAKE_PROFIT_LIMIT");
            h.fake.price("4.4");
            await(() -> h.events.size() >= 4);
            h.exec.awaitIdle();
            assertThat(h.transcript()).containsExactly("Accepted 1", "Accepted 2",
                    "Rejected 3 binance spot: no DAY time in force (GTC, IOC, FOK)", "Filled 1 5@4.4 fee=0.022 rem=0");
        }
    }

    @Test
    void fillsMissedWhileTheStreamWasDownAreAppliedByReconciliation() {
        try (Harness h = new Harness().withStream()) {
            h.exec.start();
            h.exec.submit(limit(1, Side.BUY, 10, 4.9));
            h.exec.submit(limit(2, Side.BUY, 10, 4.7));
            h.exec.awaitIdle();
            h.fake.dropStream(true);
            h.fake.pieces(2);
            h.fake.price("4.8"); // order 1 fills in two trades nobody hears of
            h.fake.dropStream(false);
            await(() -> h.stream.connects() >= 2 && h.stream.subscribed());
            await(() -> h.events.size() >= 4); // the reconnect asked for a reconciliation
            h.exec.awaitIdle();
            assertThat(h.transcript()).containsExactly("Accepted 1", "Accepted 2", "Filled 1 4.995@4.9 fee=0.0245 rem=5",
                    "Filled 1 4.995@4.9 fee=0.0245 rem=0");
            Reconciliation r = h.exec.reconcile();
            assertThat(r.clean()).as(r.notes().toString()).isTrue();
            assertThat(h.fake.balance("FIL")).isEqualByComparingTo(BigDecimal.valueOf(100 + 10 - 0.01));
        }
    }

    @Test
    void anOrderPlacedByHandIsFlaggedOrAdoptedNeverIgnored() {
        try (Harness h = new Harness()) {
            h.exec.start();
            h.fake.placeByHand("BUY", "3", "4.2");
            Reconciliation r = h.exec.reconcile();
            assertThat(r.flagged()).containsExactly("web_hand1");
            assertThat(r.clean()).isFalse();
            assertThat(h.log).anyMatch(l -> l.contains("unknown order web_hand1"));
        }
        try (Harness h = new Harness(null, UnknownOrders.ADOPT)) {
            h.exec.start();
            h.fake.placeByHand("BUY", "3", "4.2");
            h.fake.fillPart("web_hand1", "1");
            Reconciliation r = h.exec.reconcile();
            assertThat(r.adopted()).containsExactly("web_hand1");
            assertThat(r.position()).isEqualTo(0.999, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.balanceDrift()).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(h.events).isEmpty(); // the strategy never hears of it
            h.exec.killSwitch("test");
            assertThat(h.fake.byClient("web_hand1").status).isEqualTo("CANCELED");
        }
    }

    @Test
    void aStreamedReportOfAnOrderPlacedByHandIsAdoptedAndAnEndedStreamComesBack() {
        try (Harness h = new Harness(null, UnknownOrders.ADOPT).withStream()) {
            h.exec.start();
            h.fake.placeByHand("SELL", "2", "6.1");
            await(() -> h.tracker.byClientId("web_hand1") != null); // its NEW report set off a reconciliation
            assertThat(h.tracker.byClientId("web_hand1").external()).isTrue();
            assertThat(h.log).anyMatch(l -> l.contains("unknown order web_hand1 on FILUSDT adopted"));
            h.fake.terminateStream();
            await(() -> h.stream.connects() >= 2 && h.stream.subscribed());
            h.fake.price("6.2"); // fills after the new subscription: heard through the stream
            await(() -> h.tracker.byClientId("web_hand1").done());
            assertThat(h.tracker.position()).isEqualTo(-2.0);
            assertThat(h.events).isEmpty();
        }
    }

    @Test
    void riskLimitsRefuseBeforeSending() {
        RiskGate gate = new RiskGate(100, 2, 0, Clock.SYSTEM);
        try (Harness h = new Harness(gate, UnknownOrders.FLAG)) {
            h.exec.start();
            h.exec.mark(5);
            h.exec.submit(market(1, Side.BUY, 30));  // 150 > 100
            h.exec.submit(market(2, Side.BUY, 10));  // 50
            h.exec.submit(market(3, Side.SELL, 5));  // reduces
            h.exec.submit(market(4, Side.BUY, 2));   // third order this minute
            h.exec.awaitIdle();
            assertThat(h.transcript()).containsExactly("Rejected 1 risk: notional 150.00 after this order > max-notional 100.00",
                    "Accepted 2", "Filled 2 9.99@5 fee=0.05 rem=0", "Accepted 3", "Filled 3 5@5 fee=0.025 rem=0",
                    "Rejected 4 risk: 2 orders in the last minute (max-orders-per-minute)");
            assertThat(h.fake.orders()).hasSize(2);
        }
    }

    @Test
    void theKillSwitchCancelsAllFlattensAndHalts() {
        RiskGate gate = new RiskGate(1000, 0, 0, Clock.SYSTEM);
        try (Harness h = new Harness(gate, UnknownOrders.FLAG)) {
            h.exec.start();
            h.exec.mark(5);
            h.exec.submit(market(1, Side.BUY, 10));
            h.exec.submit(limit(2, Side.BUY, 10, 4.5));
            h.exec.awaitIdle();
            long t0 = System.nanoTime();
            double left = h.exec.killSwitch("test");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(left).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(h.fake.orders()).noneMatch(FakeOrder::open);
            assertThat(h.fake.balance("FIL")).isEqualByComparingTo("100"); // bought 10, paid 0.01 in FIL, sold 9.99
            assertThat(h.transcript()).contains("Canceled 2");
            h.exec.submit(market(3, Side.BUY, 2));
            h.exec.awaitIdle();
            assertThat(h.transcript().getLast()).isEqualTo("Rejected 3 risk: halted (kill switch: test)");
            System.out.println("kill switch took " + ms + " ms against the local fake");
        }
    }

    @Test
    void theDailyLossLimitHalts() {
        RiskGate gate = new RiskGate(1000, 0, 5, Clock.SYSTEM);
        try (Harness h = new Harness(gate, UnknownOrders.FLAG)) {
            h.exec.start();
            h.exec.mark(5);
            h.exec.submit(market(1, Side.BUY, 20));
            h.exec.awaitIdle();
            h.exec.mark(4.9);  // -2 - fee
            assertThat(gate.halted()).isNull();
            h.exec.mark(4.7);  // -6.1 or so
            assertThat(gate.halted()).startsWith("daily loss");
        }
    }
}
