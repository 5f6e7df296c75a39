package dev.tradewind.model;


/**
 * An order and where it ended: its last status, how much filled and at what average price.
 *
 * @param reason the rejection reason, empty otherwise
 */
public record OrderRecord(Order order, OrderStatus status, double filledQuantity, double averageFillPrice,
        long updated, String reason) {}
