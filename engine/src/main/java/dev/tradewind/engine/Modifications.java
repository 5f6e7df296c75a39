package dev.tradewind.engine;

import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.OrderType;

/** Which modifications of a working order can be made, checked by the run before it asks the venue. */
final class Modifications {
    private Modifications() {}

    /** Why {@code o} cannot be changed to these values ({@code NaN}: kept), or null when it can. */
    static String refusal(Order o, OrderStatus status, double filled, double quantity, double limit, double stop,
            Instrument instrument) {
        if (!status.isOpen()) return "it is " + status.name().toLowerCase(java.util.Locale.ROOT);
        OrderType t = o.type();
        if (!Double.isNaN(quantity)) {
            if (o.isChild()) return "a bracket's stop-loss or take-profit follows its entry's quantity";
            double q = instrument.roundSize(quantity);
            if (!(q > filled)) return "quantity " + quantity + " is not above the " + filled + " already filled";
        }
        boolean hasLimit = t == OrderType.LIMIT || t == OrderType.STOP_LIMIT || t == OrderType.LIMIT_IF_TOUCHED;
        boolean hasStop = t == OrderType.STOP || t == OrderType.STOP_LIMIT || t == OrderType.LIMIT_IF_TOUCHED;
        if (!Double.isNaN(limit) && !hasLimit) return "a " + t + " order has no limit price";
        if (!Double.isNaN(stop) && !hasStop) return "a " + t + " order has no stop price";
        if (!Double.isNaN(limit) && !(limit > 0)) return "limit price " + limit + " is not positive";
        if (!Double.isNaN(stop) && !(stop > 0)) return "stop price " + stop + " is not positive";
        return null;
    }
}
