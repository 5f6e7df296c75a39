package dev.tradewind.store;

import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderStatus;

/** A modification's new prices as the store keeps them: the text {@code "limit L stop S"} ({@code NaN} for none). */
final class Modification {
    private Modification() {}

    static String text(OrderEvent.Modified m) { return "limit " + m.limitPrice() + " stop " + m.stopPrice(); }

    static OrderEvent.Modified parse(long order, long time, double quantity, OrderStatus status, String text) {
        String[] w = text == null ? new String[0] : text.split(" ");
        if (w.length != 4 || !w[0].equals("limit") || !w[2].equals("stop")) {
            throw new StoreException("order " + order + ": a modification's prices '" + text + "' are not 'limit L stop S'");
        }
        return new OrderEvent.Modified(order, time, quantity, Double.parseDouble(w[1]), Double.parseDouble(w[3]), status);
    }
}
