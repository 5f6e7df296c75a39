package dev.tradewind.live.binance.trade;

import dev.tradewind.engine.ExecutionClient;
import dev.tradewind.engine.VenueListener;
import dev.tradewind.live.trade.JournalReplay;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import java.util.function.Consumer;

/**
 * A live run's execution port: while the kernel is on bars of history (the warm-up, or a resumed run's replay), an
 * order is checked against the journal by the {@link JournalReplay} and never sent (one the journal lacks is refused
 * with the reason); from the first live bar on ({@link #open}), orders go to the exchange.
 */
final class LiveGate implements ExecutionClient {
    private final BinanceExecution exchange;
    private final JournalReplay replay;
    private final Consumer<String> log;
    private volatile boolean live;
    private VenueListener out;
    private final java.util.List<Order> deferred = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Set<Long> canceled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    LiveGate(BinanceExecution exchange, JournalReplay replay, Consumer<String> log) {
        this.exchange = exchange;
        this.replay = replay;
        this.log = log;
    }

    /**
     * From now on orders go to the exchange. A cancel the replayed strategy asked for whose order is still working
     * (the process died before sending it) is sent now.
     */
    void open() {
        live = true;
        for (Order o : deferred) if (!canceled.contains(o.id())) exchange.submit(o);
        for (long id : canceled) {
            var t = exchange.tracker().byOrderId(id);
            if (t != null && !t.done()) exchange.cancel(id, 0);
        }
    }

    boolean live() { return live; }

    @Override
    public void connect(VenueListener listener) {
        out = listener;
        replay.connect(listener);
        exchange.connect(listener);
    }

    @Override
    public void submit(Order order) {
        if (live) {
            exchange.submit(order);
            return;
        }
        String why = replay.resubmitted(order);
        if (why != null && order.isChild() && replay.remade(order.parentId())) {
            deferred.add(order); // its entry was sent, it was not yet: it goes out (waiting for the entry) at the first live bar
            return;
        }
        if (why != null) {
            log.accept("order " + order.id() + " " + why);
            out.onEvent(new OrderEvent.Rejected(order.id(), order.time(), why));
        }
    }

    /** Before the live bars, a cancel is not sent (the journal tells how the order ended) unless still due at {@link #open}. */
    @Override
    public void cancel(long orderId, long time) {
        if (live) exchange.cancel(orderId, time);
        else canceled.add(orderId);
    }

    @Override
    public void modify(Order replacement, long time) { exchange.modify(replacement, time); }
}
