package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A run's logs read what they share from each other (fills from the order table, events from both, trades from the
 * fills, signals from the orders): driven as a run drives them, through partial fills, modifications, acceptances at
 * other times and trades that are not their last two fills, each reads back exactly what it was given, however the
 * table changes afterwards.
 */
class RunLogsTest {
    private static final String[] SYMBOLS = {"SYN", "BTCUSDT"};

    private final OrderTable orders = new OrderTable();
    private final FillLog fills = new FillLog(orders);
    private final EventLog events = new EventLog(fills, orders);
    private final SignalLog signals = new SignalLog(orders);
    private final TradeLog trades = new TradeLog();
    private final List<Fill> givenFills = new ArrayList<>();
    private final List<OrderEvent> givenEvents = new ArrayList<>();
    private final List<Signal> givenSignals = new ArrayList<>();
    private final List<Trade> givenTrades = new ArrayList<>();
    private final List<Long> working = new ArrayList<>(); // accepted, not yet filled
    private final List<Long> fresh = new ArrayList<>(); // sent, not yet accepted
    private long time = 1_000;

    @Test
    void everyLogReadsBackWhatItWasGivenWhateverTheTableDoesLater() {
        trades.readFills(fills);
        SplittableRandom random = new SplittableRandom(17);
        for (int step = 0; step < 20_000; step++) {
            time += random.nextInt(3);
            switch (random.nextInt(5)) {
                case 0 -> send(random);
                case 1 -> accept(random);
                case 2, 3 -> fill(random);
                default -> modify(random);
            }
            if (step % 4_999 == 0) check();
        }
        check();
        // most of what a plain run does was read from elsewhere, so the test covers both ways of keeping each
        assertThat(givenFills).hasSizeGreaterThan(3_000);
        assertThat(givenTrades).hasSizeGreaterThan(1_000);
    }

    private void check() {
        assertThat(fills).isEqualTo(givenFills);
        assertThat(events).isEqualTo(givenEvents);
        assertThat(signals).isEqualTo(givenSignals);
        assertThat(trades).isEqualTo(givenTrades);
        for (int i = 0; i < trades.size(); i++) {
            assertThat(Double.doubleToRawLongBits(trades.netPnl(i)))
                    .isEqualTo(Double.doubleToRawLongBits(givenTrades.get(i).netPnl()));
        }
        for (int i = 0; i < fills.size(); i++) {
            Fill f = givenFills.get(i);
            assertThat(fills.orderId(i)).isEqualTo(f.orderId());
            assertThat(fills.time(i)).isEqualTo(f.time());
            assertThat(fills.quantity(i)).isEqualTo(f.quantity());
            assertThat(fills.side(i)).isEqualTo(f.side());
            assertThat(fills.symbol(i)).isEqualTo(f.symbol());
        }
    }

    private void send(SplittableRandom random) {
        long id = orders.size() + 1;
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        double quantity = 1 + random.nextInt(100) * 0.125 + random.nextDouble();
        Order o = new Order(id, SYMBOLS[random.nextInt(2)], side, OrderType.MARKET, quantity, Double.NaN, Double.NaN,
                TimeInForce.GTC, Long.MAX_VALUE, Double.NaN, TrailUnit.NONE, false, false, 0, 0, time, "");
        orders.add(o);
        fresh.add(id);
        if (random.nextInt(4) > 0) { // an entry's signal, mostly at the order's time with its side and quantity
            boolean own = random.nextInt(5) > 0;
            Signal s = new Signal(own ? time : time + 1, random.nextInt(50) == 0 ? 0 : id, side,
                    own ? quantity : quantity * 2, random.nextDouble() * 100, random.nextInt(3) == 0 ? "blocked" : "sent");
            signals.add(s.time(), s.orderId(), s.side(), s.quantity(), s.price(), s.outcome());
            givenSignals.add(s);
        }
    }

    private void accept(SplittableRandom random) {
        if (fresh.isEmpty()) return;
        long id = fresh.remove(random.nextInt(fresh.size()));
        long at = random.nextInt(4) == 0 ? time : orders.sentTime(id); // mostly when sent
        orders.accepted(id, at);
        events.accepted(id, at);
        givenEvents.add(new OrderEvent.Accepted(id, at));
        working.add(id);
    }

    private void fill(SplittableRandom random) {
        if (working.isEmpty()) return;
        int w = random.nextInt(working.size());
        long id = working.get(w);
        Order o = orders.order(id);
        double left = o.quantity() - orders.filled(id);
        double q = random.nextInt(3) == 0 ? left / 2 : left; // a partial fill now and then
        double remaining = o.quantity() - (orders.filled(id) + q);
        if (q == left) remaining = 0;
        if (remaining == 0) working.remove(w);
        long fillId = random.nextInt(40) == 0 ? 1_000_000L + givenFills.size() : givenFills.size() + 1;
        Fill f = new Fill(fillId, id, time, o.symbol(), o.side(), q, 50 + random.nextDouble() * 100,
                random.nextInt(3) == 0 ? 0.0 : random.nextDouble(), random.nextBoolean() ? Liquidity.MAKER : Liquidity.TAKER);
        orders.filled(id, time, q, f.price(), remaining);
        if (random.nextBoolean()) fills.add(f);
        else fills.add(f.id(), f.orderId(), f.time(), f.symbol(), f.side(), f.quantity(), f.price(), f.fee(), f.liquidity());
        givenFills.add(f);
        events.filled(id, time, fills.size() - 1, remaining);
        givenEvents.add(new OrderEvent.Filled(id, time, f, remaining));
        if (givenFills.size() >= 2 && random.nextBoolean()) trade(random);
    }

    /** A round trip: of the last two fills as a trade tracker works it out, or any other. */
    private void trade(SplittableRandom random) {
        Fill entry = givenFills.get(givenFills.size() - 2);
        Fill exit = givenFills.getLast();
        double q = exit.quantity();
        double gross = random.nextGaussian() * 100;
        double costs = entry.fee() + exit.fee() * q / q;
        boolean ofFills = random.nextInt(5) > 0;
        double net = random.nextInt(10) == 0 ? gross : gross - costs;
        Trade t = ofFills
                ? new Trade(givenTrades.size() + 1, entry.symbol(), entry.side(), q, entry.time(), q * entry.price() / q,
                        exit.time(), q * exit.price() / q, gross, costs, net, -random.nextDouble(), random.nextDouble(), 3)
                : new Trade(givenTrades.size() + 1, random.nextBoolean() ? null : "ES", Side.SELL, q * 3, entry.time() - 5,
                        entry.price(), exit.time(), exit.price(), gross, costs + 1, net, Double.NaN, -0.0, 7);
        trades.add(t);
        givenTrades.add(t);
    }

    private void modify(SplittableRandom random) {
        if (working.isEmpty()) return;
        long id = working.get(random.nextInt(working.size()));
        if (orders.status(id) != OrderStatus.ACCEPTED) return;
        OrderEvent e = new OrderEvent.Modified(id, time, orders.order(id).quantity() + 1, Double.NaN, Double.NaN,
                OrderStatus.ACCEPTED);
        orders.apply(e);
        events.add(e);
        givenEvents.add(e);
    }
}
