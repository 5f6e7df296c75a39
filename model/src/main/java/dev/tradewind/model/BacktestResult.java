package dev.tradewind.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Everything a run produced. Arrays and {@link Steps} hold one value per bar (the account at each bar close). A run
 * into a reused curve ({@code Engine.backtest} with a curve to reuse) hands out that curve's columns: they are only
 * valid until the next run into it.
 *
 * @param params        the strategy's resolved parameters
 * @param warmup        bars before the strategy's indicators were ready
 * @param orders        every order with its final state, in id order
 * @param events        every order state change, in the order it happened
 * @param fills         every execution, in order
 * @param trades        closed round trips, in closing order
 * @param time          bar times
 * @param equity        equity at each bar close
 * @param cash          cash at each bar close
 * @param position      signed position size at each bar close
 * @param marginUsed    initial margin of the open futures position at each bar close; null for spot (none)
 * @param startingCash  initial cash
 * @param openTradePnl  PnL of the trade still open at the end, after its costs so far (0 if flat)
 * @param unrealizedPnl PnL of the open position at the last price, before costs
 * @param fees          all commissions paid
 * @param log           the strategy's log lines
 * @param signals       every entry the strategy asked for, sent or refused
 * @param ledger        cash movements that are not fills (funding, borrow), and liquidations with amount 0 (fee in the fill)
 * @param notes         what the tick did to slippage and order prices
 */
public record BacktestResult(Map<String, String> params, int warmup, List<OrderRecord> orders, List<OrderEvent> events,
        List<Fill> fills,
        List<Trade> trades, long[] time, double[] equity, Steps cash, Steps position, Steps marginUsed,
        double startingCash, double openTradePnl, double unrealizedPnl, double fees, List<LogLine> log, List<Signal> signals,
        List<LedgerEntry> ledger, ExecutionNotes notes) {

    public int bars() { return time.length; }

    public double finalEquity() { return equity.length == 0 ? startingCash : equity[equity.length - 1]; }

    public double finalCash() { return cash.last(startingCash); }

    /** The position at the last bar's close, 0 without bars. */
    public double finalPosition() { return position.last(0); }

    /** Initial margin in use at bar {@code i}'s close (0 for spot). */
    public double marginUsedAt(int i) { return marginUsed == null ? 0 : marginUsed.at(i); }

    /** Cash net of the margin in use at bar {@code i}'s close. */
    public double marginAvailableAt(int i) { return cash.at(i) - marginUsedAt(i); }

    /** The largest margin in use at any bar close. */
    public double maxMarginUsed() { return marginUsed == null ? 0 : Math.max(0, marginUsed.max(0)); }

    /**
     * SHA-256 of the order list (id, time, side, type, quantity, limit, stop, tif, final status, filled quantity,
     * average fill price): two runs with the same hash sent and executed the same orders.
     */
    public String ordersHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            // hashed 64 KB of text at a time, cut between lines: the same bytes as the whole text encoded at once,
            // without holding it three times (builder, String, bytes: 120 MB for the 390,000 orders of 10M bars)
            StringBuilder text = new StringBuilder(1 << 16);
            for (OrderRecord r : orders) {
                if (text.length() > (1 << 16) - 256) {
                    md.update(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                }
                var o = r.order();
                text.append(o.id()).append(',').append(o.time()).append(',').append(o.side()).append(',').append(o.type())
                        .append(',').append(o.quantity()).append(',').append(o.limitPrice()).append(',').append(o.stopPrice())
                        .append(',').append(o.tif()).append(',').append(r.status()).append(',').append(r.filledQuantity())
                        .append(',').append(r.averageFillPrice()).append('\n');
            }
            md.update(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
