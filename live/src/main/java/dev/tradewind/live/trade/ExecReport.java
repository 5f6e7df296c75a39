package dev.tradewind.live.trade;

import dev.tradewind.model.Side;

/**
 * What an exchange said about one of its orders, exchange-neutral: from an order response, a user-data-stream report,
 * an order query or a trade history row. A report with a trade ({@code tradeId >= 0}) carries exactly one execution.
 *
 * @param clientId        the client order id the order was sent with
 * @param venueOrderId    the exchange's order id (0 when unknown)
 * @param symbol          instrument
 * @param side            buy or sell
 * @param status          the order's status after this report
 * @param quantity        the order's original quantity (NaN when the source does not say, e.g. a trade row)
 * @param cumQuantity     filled so far, per the exchange (NaN when the source does not say)
 * @param tradeId         the execution's id, or -1 when the report carries no execution
 * @param lastQuantity    the execution's size
 * @param lastPrice       the execution's price
 * @param commission      what the exchange charged for it, in {@code commissionAsset}
 * @param commissionAsset the asset charged (may be null when nothing was charged)
 * @param maker           whether the execution added liquidity
 * @param time            exchange time of the report (epoch ns)
 * @param reason          for a rejection or expiry, the exchange's code and words; empty otherwise
 */
public record ExecReport(String clientId, long venueOrderId, String symbol, Side side, Status status, double quantity,
        double cumQuantity, long tradeId, double lastQuantity, double lastPrice, double commission,
        String commissionAsset, boolean maker, long time, String reason) {

    /** An order's status on the exchange. */
    public enum Status {
        NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REJECTED;

        public boolean terminal() { return this == FILLED || this == CANCELED || this == EXPIRED || this == REJECTED; }
    }

    public boolean hasTrade() { return tradeId >= 0; }
}
