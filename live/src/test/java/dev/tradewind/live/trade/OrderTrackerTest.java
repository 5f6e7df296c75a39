package dev.tradewind.live.trade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.VenueListener;
import dev.tradewind.live.trade.ExecReport.Status;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exchange reports in, the kernel's order events out: transcripts, and a property over shuffled duplicated reports. */
class OrderTrackerTest {
    static final Order BUY10 = Order.of(1, "FILUSDT", Side.BUY, OrderType.LIMIT, 10).limit(5).build();

    static ExecReport status(Status s, double cum) {
        return new ExecReport("c1", 77, "FILUSDT", Side.BUY, s, 10, cum, -1, 0, 0, 0, null, false, 1, "");
    }

    static ExecReport trade(long id, double qty, double cum, Status s) {
        return new ExecReport("c1", 77, "FILUSDT", Side.BUY, s, 10, cum, id, qty, 5, qty * 0.001, "FIL", true, id, "");
    }

    static List<OrderEvent> run(List<ExecReport> reports, OrderJournal journal) {
        List<OrderEvent> out = new ArrayList<>();
        OrderTracker t = new OrderTracker(FeeValuation.of("FIL", "USDT"));
        t.journal(journal);
        t.listener(new VenueListener() {
            @Override public void onEvent(OrderEvent e) { out.add(e); }
            @Override public double positionQuantity(dev.tradewind.model.OrderView order) { return 0; }
        });
        t.register(BUY10, "c1");
        for (ExecReport r : reports) t.apply(r);
        t.settle(99);
        return out;
    }

    static List<String> names(List<OrderEvent> events) {
        return events.stream().map(e -> e.getClass().getSimpleName() + (e instanceof OrderEvent.Filled f ? " " + f.remaining() : "")).toList();
    }

    @Test
    void aCancelThatOvertakesItsFillWaitsForIt() {
        List<OrderEvent> e = run(List.of(status(Status.NEW, 0), status(Status.CANCELED, 4), trade(500, 4, 4, Status.PARTIALLY_FILLED)), null);
        assertThat(names(e)).containsExactly("Accepted", "Filled 6.0", "Canceled");
    }

    @Test
    void aFillBeforeItsNewStillStartsWithAccepted() {
        List<OrderEvent> e = run(List.of(trade(500, 10, 10, Status.FILLED), status(Status.NEW, 0), trade(500, 10, 10, Status.FILLED)), null);
        assertThat(names(e)).containsExactly("Accepted", "Filled 0.0");
    }

    @Test
    void theJournalRestoresFillsWithoutEmittingThemAgain(@TempDir Path dir) {
        Path file = dir.resolve("j");
        try (OrderJournal j = new OrderJournal(file, true)) {
            run(List.of(status(Status.NEW, 0), trade(500, 4, 4, Status.PARTIALLY_FILLED)), j);
        }
        OrderTracker t = new OrderTracker(FeeValuation.of("FIL", "USDT"));
        t.restore(OrderJournal.read(file));
        assertThat(t.fills()).hasSize(1);
        assertThat(t.position()).isEqualTo(4 - 0.004);
        assertThat(t.open()).singleElement().satisfies(o -> {
            assertThat(o.venueOrderId()).isEqualTo(77);
            assertThat(o.external()).isTrue();
        });
        List<OrderEvent> after = new ArrayList<>();
        t.listener(new VenueListener() {
            @Override public void onEvent(OrderEvent e) { after.add(e); }
            @Override public double positionQuantity(dev.tradewind.model.OrderView order) { return 0; }
        });
        assertThat(t.apply(trade(500, 4, 4, Status.PARTIALLY_FILLED))).isEqualTo(OrderTracker.Outcome.DUPLICATE);
        t.apply(trade(501, 6, 10, Status.FILLED));
        assertThat(t.fills()).hasSize(2);
        assertThat(after).isEmpty(); // an earlier process's order: the new kernel never hears of it
    }

    /**
     * However the exchange's reports of one order are duplicated and shuffled, the run hears: Accepted first, one Filled
     * per trade with remaining falling to the right end, and the final state once, last; every transition legal.
     */
    @Property(tries = 300)
    void shuffledDuplicatedReportsGiveOneLegalTranscript(@ForAll @IntRange(min = 0, max = 4) int trades, @ForAll boolean cancel,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        List<ExecReport> reports = new ArrayList<>();
        reports.add(status(Status.NEW, 0));
        double cum = 0;
        for (int i = 0; i < trades; i++) {
            double q = i == trades - 1 && !cancel ? 10 - cum : 1 + rnd.nextInt(2);
            cum += q;
            reports.add(trade(1000 + i, q, cum, cum >= 10 ? Status.FILLED : Status.PARTIALLY_FILLED));
        }
        if (cancel || trades == 0) reports.add(status(Status.CANCELED, cum));
        List<ExecReport> noisy = new ArrayList<>(reports);
        for (ExecReport r : reports) if (rnd.nextBoolean()) noisy.add(r);
        Collections.shuffle(noisy, rnd);
        List<OrderEvent> e = run(noisy, null);

        assertThat(e.getFirst()).isInstanceOf(OrderEvent.Accepted.class);
        assertThat(e.stream().filter(x -> x instanceof OrderEvent.Filled).count()).isEqualTo(trades);
        OrderStatus s = OrderStatus.NEW;
        for (OrderEvent x : e) s = s.transition(x.status()); // throws on an illegal transition
        assertThat(s).isEqualTo(cancel || trades == 0 ? OrderStatus.CANCELED : OrderStatus.FILLED);
        double gross = 0;
        for (OrderEvent x : e) if (x instanceof OrderEvent.Filled f) gross += f.fill().quantity() / (1 - 0.001);
        assertThat(gross).isCloseTo(cum, org.assertj.core.data.Offset.offset(1e-9));
    }
}
