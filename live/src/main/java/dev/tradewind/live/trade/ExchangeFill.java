package dev.tradewind.live.trade;

import dev.tradewind.model.Side;

/**
 * One execution as the exchange booked it, with the commission in the asset it was charged in ({@code fee} in the
 * kernel's {@link dev.tradewind.model.Fill} is the same commission valued in the quote asset).
 */
public record ExchangeFill(long orderId, String clientId, long tradeId, Side side, double quantity, double price,
        double commission, String commissionAsset, boolean maker, long time) {}
