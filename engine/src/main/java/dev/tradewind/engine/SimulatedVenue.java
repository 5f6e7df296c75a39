package dev.tradewind.engine;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import java.util.ArrayList;
import java.util.List;

/**
 * A venue that fills orders against bars, as documented in the README's execution rules:
 * <ul>
 *   <li>market: at the next bar's open (or this bar's close in {@link FillMode#CLOSE}), plus slippage;</li>
 *   <li>limit: at the open if the bar gaps through the limit (the better price), else at the limit if the range
 *       reaches it; no slippage;</li>
 *   <li>stop: at the open if the bar gaps through the stop, else at the stop, plus slippage;</li>
 *   <li>stop-limit: triggers like a stop, then works as a limit; when triggered inside a bar it fills in that bar
 *       only if the limit is at or beyond the stop (at the stop), otherwise it rests from the next bar;</li>
 *   <li>DAY orders expire at the first bar of a later day in the configured zone.</li>
 * </ul>
 * Orders execute in full (partial fills are not modelled by this venue). Orders are matched in submission order.
 */
public final class SimulatedVenue implements Venue {
    private final Instrument instrument;
    private final Commission commission;
    private final double slip;
    private final FillMode fillMode;
    private final DayCounter days;
    private final List<Working> working = new ArrayList<>();
    private VenueListener listener;
    private long fillIds;

    public SimulatedVenue(EngineConfig config) {
        this.instrument = config.instrument();
        this.commission = config.commission();
        this.slip = config.slippageBps() / 10_000.0;
        this.fillMode = config.fillMode();
        this.days = new DayCounter(config.zone());
    }

    @Override public void connect(VenueListener listener) { this.listener = listener; }

    @Override
    public void submit(Order o) {
        String reason = validate(o);
        if (reason != null) {
            listener.onEvent(new OrderEvent.Rejected(o.id(), o.time(), reason));
            return;
        }
        working.add(new Working(o, day(o.time())));
        listener.onEvent(new OrderEvent.Accepted(o.id(), o.time()));
    }

    private static String validate(Order o) {
        if (!(o.quantity() > 0)) return "quantity " + o.quantity() + " is not positive after rounding to the lot size";
        boolean needsLimit = o.type() == OrderType.LIMIT || o.type() == OrderType.STOP_LIMIT;
        boolean needsStop = o.type() == OrderType.STOP || o.type() == OrderType.STOP_LIMIT;
        if (needsLimit && !(o.limitPrice() > 0)) return o.type() + " order needs a positive limit price, got " + o.limitPrice();
        if (needsStop && !(o.stopPrice() > 0)) return o.type() + " order needs a positive stop price, got " + o.stopPrice();
        return null;
    }

    @Override
    public void cancel(long orderId, long time) {
        for (int k = 0; k < working.size(); k++) {
            if (working.get(k).order.id() == orderId) {
                working.remove(k);
                listener.onEvent(new OrderEvent.Canceled(orderId, time));
                return;
            }
        }
    }

    @Override
    public void onBar(long time, double open, double high, double low, double close, double volume) {
        if (working.isEmpty()) return;
        long today = day(time);
        for (int k = 0; k < working.size(); ) {
            Working w = working.get(k);
            if (w.order.tif() == TimeInForce.DAY && w.day != today) {
                working.remove(k);
                listener.onEvent(new OrderEvent.Expired(w.order.id(), time));
            } else if (match(w, time, open, high, low)) {
                working.remove(k);
            } else {
                k++;
            }
        }
    }

    @Override
    public void onBarClose(long time, double close) {
        if (fillMode != FillMode.CLOSE || working.isEmpty()) return;
        for (int k = 0; k < working.size(); ) {
            Working w = working.get(k);
            if (w.order.type() == OrderType.MARKET && fill(w, time, slipped(w.order.side(), close))) {
                working.remove(k);
            } else {
                k++;
            }
        }
    }

    /** Tries to execute a working order against one bar; true when it is finished (filled or rejected). */
    private boolean match(Working w, long time, double open, double high, double low) {
        Order o = w.order;
        boolean buy = o.side() == Side.BUY;
        return switch (o.type()) {
            case MARKET, MARKET_ON_OPEN, MARKET_ON_CLOSE, TRAILING_STOP, LIMIT_IF_TOUCHED -> fill(w, time, slipped(o.side(), open));
            case LIMIT -> limit(w, time, open, high, low);
            case STOP -> {
                double s = o.stopPrice();
                if (buy ? open >= s : open <= s) yield fill(w, time, slipped(o.side(), open));
                if (buy ? high >= s : low <= s) yield fill(w, time, slipped(o.side(), s));
                yield false;
            }
            case STOP_LIMIT -> {
                if (w.triggered) yield limit(w, time, open, high, low);
                double s = o.stopPrice();
                double lim = o.limitPrice();
                if (buy ? open >= s : open <= s) {
                    trigger(w, time);
                    yield limit(w, time, open, high, low);
                }
                if (buy ? high >= s : low <= s) {
                    trigger(w, time);
                    if (buy ? lim >= s : lim <= s) yield fill(w, time, s);
                }
                yield false;
            }
        };
    }

    private boolean limit(Working w, long time, double open, double high, double low) {
        double lim = w.order.limitPrice();
        if (w.order.side() == Side.BUY) {
            if (open <= lim) return fill(w, time, open);
            if (low <= lim) return fill(w, time, lim);
        } else {
            if (open >= lim) return fill(w, time, open);
            if (high >= lim) return fill(w, time, lim);
        }
        return false;
    }

    private void trigger(Working w, long time) {
        w.triggered = true;
        listener.onEvent(new OrderEvent.Triggered(w.order.id(), time));
    }

    private boolean fill(Working w, long time, double price) {
        Order o = w.order;
        String refusal = listener.checkFill(o, o.quantity(), price);
        if (refusal != null) {
            listener.onEvent(new OrderEvent.Rejected(o.id(), time, refusal));
            return true;
        }
        double fee = commission.fee(o.quantity(), price, instrument.multiplier(), true);
        Fill f = new Fill(++fillIds, o.id(), time, o.symbol(), o.side(), o.quantity(), price, fee,
                dev.tradewind.model.Liquidity.TAKER);
        listener.onEvent(new OrderEvent.Filled(o.id(), time, f, 0));
        return true;
    }

    private double slipped(Side side, double price) {
        if (slip == 0) return price;
        return instrument.roundPrice(price * (1 + side.sign() * slip));
    }

    private long day(long epochNanos) { return days.day(epochNanos); }

    /** An order still working, with the venue's view of it. */
    private static final class Working {
        final Order order;
        final long day;
        boolean triggered;

        Working(Order order, long day) {
            this.order = order;
            this.day = day;
        }
    }
}
