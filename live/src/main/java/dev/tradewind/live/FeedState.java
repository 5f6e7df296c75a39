package dev.tradewind.live;

/**
 * A client's visible state.
 *
 * @param status            connecting, connected, reconnecting or closed
 * @param since             when the status began (epoch ns)
 * @param messagesPerSecond messages received over the last full second
 * @param messages          messages received in total
 * @param connects          connections opened (1 after a clean start; each reconnect adds one)
 * @param malformed         messages that could not be decoded (logged and skipped)
 * @param droppedBars       closed bars not delivered because they were at or before the last delivered bar
 *                          (duplicates and late, out-of-order messages)
 * @param restBars          bars delivered from the exchange's history (catch-up and hole filling)
 * @param unfilledGaps      holes reported through {@link MarketDataListener#onGap}
 */
public record FeedState(Status status, long since, double messagesPerSecond, long messages, long connects, long malformed,
        long droppedBars, long restBars, long unfilledGaps) {

    public enum Status { CONNECTING, CONNECTED, RECONNECTING, CLOSED }
}
