package dev.tradewind.engine;

import dev.tradewind.model.Fill;
import dev.tradewind.model.OrderEvent;

/** Re-addresses venue events to the member order they belong to. */
final class Events {
    private Events() {}

    static OrderEvent withOrder(OrderEvent e, long id, long fillId) {
        return switch (e) {
            case OrderEvent.Accepted a -> new OrderEvent.Accepted(id, a.time());
            case OrderEvent.Triggered t -> new OrderEvent.Triggered(id, t.time());
            case OrderEvent.Filled f -> {
                Fill x = f.fill();
                yield new OrderEvent.Filled(id, f.time(), new Fill(fillId, id, x.time(), x.symbol(), x.side(), x.quantity(),
                        x.price(), x.fee(), x.liquidity()), f.remaining());
            }
            case OrderEvent.Updated u -> new OrderEvent.Updated(id, u.time(), u.quantity(), u.status());
            case OrderEvent.Modified m -> new OrderEvent.Modified(id, m.time(), m.quantity(), m.limitPrice(), m.stopPrice(), m.status());
            case OrderEvent.Canceled c -> new OrderEvent.Canceled(id, c.time());
            case OrderEvent.Expired x -> new OrderEvent.Expired(id, x.time());
            case OrderEvent.Rejected r -> new OrderEvent.Rejected(id, r.time(), r.reason());
        };
    }
}
