package dev.tradewind.engine.sim;

import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.ExecutionClient;
import dev.tradewind.engine.VenueListener;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.FillMode;
import dev.tradewind.engine.Execution;
import dev.tradewind.engine.SlippageModel;
import dev.tradewind.engine.SameBarPolicy;
import dev.tradewind.model.ExecutionNotes;

import dev.tradewind.model.DayCounter;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Quote;
import dev.tradewind.model.TradePrint;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderFields;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.OrderView;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import java.util.ArrayList;
import java.util.List;

/**
 * A venue that fills orders against bars. The rules (README, "Execution rules") in short:
 * <ul>
 *   <li>an order can execute from the bar after the one it was sent in (plus the configured latency); market-on-close
 *       and, in close mode, market orders execute at the close of the bar they were sent in;</li>
 *   <li>market orders fill at the open; limits at the open when the bar gaps through them (the better price), else at
 *       the limit; stops and trailing stops at the open when gapped through, else at the stop; stop-limit and
 *       limit-if-touched orders trigger, then work as limits;</li>
 *   <li>taker fills get slippage, limit fills do not; a limit resting from an earlier bar is a maker;</li>
 *   <li>with a volume cap an order takes at most that share of each bar's volume and the rest keeps working;
 *       IOC expires the unfilled rest after its first bar, FOK expires unless it fills in full on its first bar;</li>
 *   <li>a bracket's stop-loss and take-profit wait until the entry fills, take its filled size, are matched against
 *       the rest of the entry's bar, and cancel each other; when one bar reaches both, the {@link SameBarPolicy}
 *       decides which goes first;</li>
 *   <li>DAY orders expire when their day ends (in the run's zone), stamped with the day's last nanosecond, whether a bar
 *       follows or not ({@link #passTime}); GTD orders at the first bar at or after their time, or in a gap at that
 *       time.</li>
 * </ul>
 * Orders are matched in id order; events go to the listener as they happen.
 */
public final class SimulatedVenue implements ExecutionClient {
    private static final int FREE_MAX = 16;
    /** Whether done orders' views are reused; tests turn it off to compare a run with and without reuse. */
    static boolean reuseWorking = true;
    private final Instrument instrument;
    private final Commission commission;
    private final FillMode fillMode;
    private final Execution execution;
    private final DayCounter days;
    private final VenueAtr atr = new VenueAtr();
    private final List<Working> working = new ArrayList<>();
    private final List<Working> scratch = new ArrayList<>();
    /** Views of done orders that new orders may reuse ({@link #remove}); at most {@link #FREE_MAX}. */
    private final Working[] free = new Working[FREE_MAX];
    private int freeCount;
    /** Views of orders done in this bar: reusable from the next bar on ({@link #recycle}). */
    private final Working[] retired = new Working[FREE_MAX];
    private int retiredCount;
    private final LowerTimeframe lower;
    private VenueListener listener;
    private long nextDeadline = Long.MAX_VALUE;
    private long fillIds;
    private int bar = -1;
    private long barTime = Long.MIN_VALUE;
    private long previousBarTime = Long.MIN_VALUE;
    private long barEnd = Long.MIN_VALUE; // when the current bar closes: orders decided in it count their latency from there
    private double lastClose = Double.NaN;
    private double barVolume;
    private int slippedFills;
    private double requestedBps;
    private double effectiveBps;
    private boolean pendingSlip;
    private double pendingRequestedBps;
    private double pendingEffectiveBps;

    public SimulatedVenue(EngineConfig config) {
        this.instrument = config.instrument();
        this.commission = config.commission();
        this.fillMode = config.fillMode();
        this.execution = config.execution();
        this.days = new DayCounter(config.zone());
        this.lower = execution.lowerTimeframe() == null ? null : new LowerTimeframe(execution.lowerTimeframe());
    }

    @Override public void connect(VenueListener listener) { this.listener = listener; }

    /** The run replays {@code series}: the venue's ATR is then computed from it only if an order needs it. */
    public void stored(BarSeries series) { atr.stored(series); }

    @Override
    public void submit(Order o) { submit((OrderView) o); }

    /** Takes a new order given by its fields (copied here: {@code o} may be a view the caller reuses). */
    @Override
    public void submit(OrderView o) {
        String reason = Validation.check(o, lastClose);
        if (reason != null) {
            listener.onEvent(new OrderEvent.Rejected(o.id(), o.time(), reason));
            return;
        }
        Working w = working(o, days.day(o.time()));
        w.deadline = w.order.tif() == TimeInForce.DAY ? days.dayEnd(w.order.time()) - 1
                : w.order.tif() == TimeInForce.GTD ? w.order.expireTime() : Long.MAX_VALUE;
        nextDeadline = Math.min(nextDeadline, w.deadline);
        boolean atClose = w.order.type() == OrderType.MARKET_ON_CLOSE || (w.order.type() == OrderType.MARKET && fillMode == FillMode.CLOSE);
        w.activeFromBar = bar + (atClose ? 0 : 1) + execution.latencyBars();
        long decided = Math.max(barEnd, w.order.time()); // the bar's close, or a later quote's or print's time
        w.activeFromTime = execution.latencyNanos() == 0 || barEnd == Long.MIN_VALUE ? Long.MIN_VALUE
                : decided + execution.latencyNanos();
        if (w.order.type() == OrderType.TRAILING_STOP) {
            w.trailBest = lastClose;
            w.trailLevel = Trailing.level(w, lastClose, atr.before());
        }
        if (w.order.isChild()) {
            Working parent = find(w.order.parentId());
            if (parent == null) {
                retire(w);
                listener.onEvent(new OrderEvent.Rejected(w.id(), w.order.time(), "parent order " + w.order.parentId() + " is not working"));
                return;
            }
            Working other = find(w.order.ocoId());
            if (other != null) {
                w.sibling = other;
                other.sibling = w;
            }
            working.add(w);
            if (parent.filled > 0) activateChild(w, parent.filled, w.order.time(), Double.NaN);
            return;
        }
        w.active = true;
        working.add(w);
        listener.accepted(w.id(), w.order.time());
    }

    @Override
    public void cancel(long orderId, long time) {
        Working w = find(orderId);
        if (w == null) return;
        remove(w);
        listener.onEvent(new OrderEvent.Canceled(orderId, time));
        if (!w.order.isChild() && w.filled == 0) cancelChildren(w, time);
    }

    /**
     * The clock moved to {@code now}: orders whose deadline passed before it expire, stamped at their deadline (a DAY
     * order at its day's last nanosecond), even when no bar came since. Checks one number when nothing is due; returns
     * whether it looked at the orders (and may have told the listener something).
     */
    public boolean passTime(long now) {
        return nextDeadline < now && expireUntil(now);
    }

    /** Whether an order's deadline is before {@code now} (a tiny check the kernel's per-bar path inlines). */
    public boolean due(long now) { return nextDeadline < now; }

    /** Expires what is due before {@code now}; kept out of {@link #passTime} so the check stays small. */
    public boolean expireUntil(long now) {
        long next = Long.MAX_VALUE;
        snapshot();
        for (int i = 0, n = scratch.size(); i < n; i++) {
            Working w = scratch.get(i);
            if (!working.contains(w)) continue;
            if (w.deadline < now) expire(w, w.deadline);
            else next = Math.min(next, w.deadline);
        }
        nextDeadline = next;
        return true;
    }

    /** The bar about to be matched closes at {@code end} (epoch ns). */
    public void barEnds(long end) { barEnd = end; }

    /** A new bar opened and traded through its range: match working orders against it. */
    public void onBar(long time, double open, double high, double low, double close, double volume) {
        if (retiredCount > 0) recycle();
        bar++;
        previousBarTime = barTime;
        barTime = time;
        barVolume = volume;
        atr.open(bar, time);
        if (!working.isEmpty()) matchWorking(time, open, high, low);
        atr.matched(time, open, high, low, close, volume);
        if (!working.isEmpty()) trail(high, low);
        lastClose = close;
    }

    /**
     * Whether bars can pass with nothing to do here: no order working, no deadline due by {@code until}, and the ATR
     * read from stored bars (so it needs no bar fed).
     */
    public boolean idle(long until) { return working.isEmpty() && nextDeadline >= until && atr.isStored(); }

    /**
     * Bars {@code [from, to)} (at least one) of the stored columns passed while {@link #idle}: leaves the state their
     * {@link #barEnds}, {@link #onBar} and {@link #onBarClose} would have left, the last one closing at {@code end}.
     */
    public void passIdle(long[] time, double[] close, double[] volume, int from, int to, long end) {
        if (retiredCount > 0) recycle();
        barEnd = end;
        bar += to - from;
        previousBarTime = to - from > 1 ? time[to - 2] : barTime;
        barTime = time[to - 1];
        barVolume = volume[to - 1];
        atr.open(bar, barTime);
        lastClose = close[to - 1];
    }

    /** Matches every working order against the bar, in id order. */
    private void matchWorking(long time, double open, double high, double low) {
        long today = days.day(time);
        snapshot();
        for (int i = 0, n = scratch.size(); i < n; i++) {
            Working w = scratch.get(i);
            if (!w.active || w.matchedBar == bar || !working.contains(w)) continue;
            if (expired(w, time, today) || !eligible(w, time)) continue;
            Working s = w.sibling;
            if (s != null && s.active && s.matchedBar != bar && working.contains(s) && eligible(s, time)) {
                matchPair(w, s, time, open, high, low);
            } else {
                match(w, time, open, high, low);
            }
        }
    }

    /** Moves trailing stops after the bar. */
    private void trail(double high, double low) {
        for (int i = 0, n = working.size(); i < n; i++) {
            Working w = working.get(i);
            if (w.active && w.order.type() == OrderType.TRAILING_STOP) Trailing.update(w, high, low, atr.through());
        }
    }

    /**
     * Changes a working order in place (the run checked the change). It loses its place: on its next match it is
     * treated as arriving then (it fills as a taker if marketable), as an exchange re-queues a modified order.
     */
    @Override
    public void modify(Order replacement, long time) {
        Working w = find(replacement.id());
        if (w == null) return;
        w.order.modify(replacement.quantity(), replacement.limitPrice(), replacement.stopPrice());
        w.quantity = replacement.quantity();
        w.firstMatchBar = -1;
        OrderStatus status = w.filled > 0 ? OrderStatus.PARTIALLY_FILLED : w.triggered ? OrderStatus.TRIGGERED : OrderStatus.ACCEPTED;
        listener.onEvent(new OrderEvent.Modified(w.id(), time, replacement.quantity(), replacement.limitPrice(),
                replacement.stopPrice(), status));
    }

    /**
     * A live best bid/ask (paper trading with a quote stream): working market orders, and limit orders the quote makes
     * marketable, fill at once at the ask (buys) or the bid (sells) as takers, up to the size shown there (the rest
     * waits for later quotes or bars). Stops, market-on-close and orders still inside their latency wait for the bars.
     */
    public void quote(Quote q) {
        if (working.isEmpty()) return;
        snapshot();
        for (int i = 0, n = scratch.size(); i < n; i++) {
            Working w = scratch.get(i);
            if (!w.active || !working.contains(w) || q.time() < w.activeFromTime) continue;
            OrderType type = w.order.type();
            double price = w.buy() ? q.ask() : q.bid();
            double size = w.buy() ? q.askSize() : q.bidSize();
            boolean marketable = type == OrderType.MARKET
                    || (type == OrderType.LIMIT && (w.buy() ? price <= w.order.limitPrice() : price >= w.order.limitPrice()));
            if (!marketable || w.order.postOnly()) continue;
            execute(w, q.time(), price, Liquidity.TAKER, false,
                    size > 0 ? instrument.roundSize(size) : Double.POSITIVE_INFINITY);
        }
    }

    /**
     * A trade printed between other participants (paper trading with a trade stream): a working limit order the print
     * traded through (a buy limit above the print's price, a sell limit below it) fills at its limit as a maker, up to
     * the printed size. A print at the limit price is not a fill: the queue ahead of the order is unknown.
     */
    public void trade(TradePrint p) {
        if (working.isEmpty()) return;
        snapshot();
        for (int i = 0, n = scratch.size(); i < n; i++) {
            Working w = scratch.get(i);
            if (!w.active || !working.contains(w) || p.time() < w.activeFromTime || w.order.type() != OrderType.LIMIT) continue;
            double limit = w.order.limitPrice();
            if (w.buy() ? p.price() < limit : p.price() > limit) {
                execute(w, p.time(), limit, Liquidity.MAKER, false, p.size() > 0 ? instrument.roundSize(p.size()) : Double.POSITIVE_INFINITY);
            }
        }
    }

    /** The bar closed at {@code close}: fill orders that execute at the close. */
    public void onBarClose(long time, double close) {
        if (working.isEmpty()) {
            lastClose = close;
            return;
        }
        snapshot();
        for (int i = 0, n = scratch.size(); i < n; i++) {
            Working w = scratch.get(i);
            if (!working.contains(w)) continue;
            boolean atClose = w.order.type() == OrderType.MARKET_ON_CLOSE
                    || (w.order.type() == OrderType.MARKET && fillMode == FillMode.CLOSE);
            if (!atClose || !w.active || !eligible(w, time)) continue;
            execute(w, time, slipped(w.order.side(), close, w.remaining()), Liquidity.TAKER, true);
        }
        lastClose = close;
    }

    /**
     * The account fell below maintenance margin: close {@code o} (a market order for the whole position) at
     * {@code price}, charging {@code extraFeePercent} on top of the taker fee. Only a simulation liquidates: an exchange
     * does it by itself and reports the fill.
     */
    public void liquidate(Order o, double price, double extraFeePercent) {
        for (Working w : new ArrayList<>(working)) {
            remove(w);
            listener.onEvent(new OrderEvent.Canceled(w.id(), o.time()));
        }
        double q = o.quantity();
        fillNow(o, price, commission.fee(q, price, instrument.multiplier(), true, Liquidity.TAKER)
                + q * price * instrument.multiplier() * extraFeePercent / 100);
    }

    /**
     * Executes {@code o} whole at once at {@code price} with {@code fee}, as a taker, outside the bars' matching: a
     * liquidation, or a trade at a modelled price (an option), or a settlement at expiry.
     */
    public void fillNow(Order o, double price, double fee) {
        listener.accepted(o.id(), o.time());
        listener.filled(++fillIds, o.id(), o.time(), o.symbol(), o.side(), o.quantity(), price, fee, Liquidity.TAKER, 0);
    }

    private boolean eligible(Working w, long time) { return bar >= w.activeFromBar && time >= w.activeFromTime; }

    private boolean expired(Working w, long time, long today) {
        TimeInForce tif = w.order.tif();
        boolean out = (tif == TimeInForce.DAY && w.day != today) || (tif == TimeInForce.GTD && time >= w.order.expireTime());
        if (out) expire(w, time);
        return out;
    }

    private void matchPair(Working a, Working b, long time, double open, double high, double low) {
        double start = a.startPrice(bar, open);
        boolean ha = Triggers.reached(a, start, high, low);
        boolean hb = Triggers.reached(b, b.startPrice(bar, open), high, low);
        Working first = a;
        Working second = b;
        if (ha && hb && SameBar.secondGoesFirst(execution.sameBar(), a, b, start, barTime, lower, barSpan())) {
            first = b;
            second = a;
        }
        match(first, time, open, high, low);
        if (working.contains(second)) match(second, time, open, high, low);
    }

    private long barSpan() { return previousBarTime == Long.MIN_VALUE ? Long.MAX_VALUE : barTime - previousBarTime; }

    private void match(Working w, long time, double open, double high, double low) {
        w.matchedBar = bar;
        boolean first = w.firstMatchBar < 0;
        if (first) w.firstMatchBar = bar;
        boolean wasTriggered = w.triggered;
        double at = Triggers.find(w, w.startPrice(bar, open), high, low, first);
        boolean hit = !Double.isNaN(at);
        Liquidity role = w.hitLiquidity;
        boolean slips = w.hitSlips;
        if (w.triggered && !wasTriggered) listener.onEvent(new OrderEvent.Triggered(w.id(), time));
        if (w.order.postOnly() && first && hit && role == Liquidity.TAKER) {
            remove(w);
            listener.onEvent(new OrderEvent.Rejected(w.id(), time, "post-only order would take liquidity"));
            return;
        }
        if (hit) {
            double price = slips ? slipped(w.order.side(), at, w.remaining()) : at;
            execute(w, time, price, role, first);
        } else if (first && (w.order.tif() == TimeInForce.IOC || w.order.tif() == TimeInForce.FOK)) {
            expire(w, time);
        }
    }

    /** Fills what the volume cap, reduce-only and time in force allow at {@code price}. */
    private void execute(Working w, long time, double price, Liquidity role, boolean firstBar) {
        execute(w, time, price, role, firstBar, execution.volumeShare() > 0 ? instrument.roundSize(execution.volumeShare() * barVolume)
                : Double.POSITIVE_INFINITY);
    }

    /** The same, filling at most {@code cap} (the volume cap of a bar, or the size a quote shows). */
    private void execute(Working w, long time, double price, Liquidity role, boolean firstBar, double cap) {
        boolean slippedPrice = pendingSlip;
        pendingSlip = false;
        double q = Math.min(w.remaining(), cap);
        if (w.order.reduceOnly() || w.order.isChild()) {
            double position = listener.positionQuantity(w.order);
            double reducible = (w.buy() ? -position : position);
            if (reducible <= 0) {
                expire(w, time);
                return;
            }
            q = Math.min(q, reducible);
        }
        if (instrument.lotSize() > 0) q = instrument.roundSize(q);
        TimeInForce tif = w.order.tif();
        if (tif == TimeInForce.FOK && firstBar && q < instrument.roundSize(w.remaining())) {
            expire(w, time);
            return;
        }
        if (q > 0) {
            String refusal = listener.checkFill(w.order, q, price);
            if (refusal != null) {
                remove(w);
                listener.onEvent(w.filled == 0 ? new OrderEvent.Rejected(w.id(), time, refusal)
                        : new OrderEvent.Canceled(w.id(), time));
                if (!w.order.isChild() && w.filled == 0) cancelChildren(w, time);
                return;
            }
            fill(w, time, price, q, role);
            if (slippedPrice) {
                slippedFills++;
                requestedBps += pendingRequestedBps;
                effectiveBps += pendingEffectiveBps;
            }
            if (w.order.reduceOnly() && working.contains(w) && listener.positionQuantity(w.order) == 0) {
                expire(w, time);
                return;
            }
        }
        if (working.contains(w) && tif == TimeInForce.IOC && firstBar) expire(w, time);
        else if (q <= 0 && tif == TimeInForce.FOK && firstBar && working.contains(w)) expire(w, time);
    }

    private void fill(Working w, long time, double price, double q, Liquidity role) {
        OrderFields o = w.order;
        double fee = commission.fee(q, price, instrument.multiplier(), w.filled == 0, role);
        w.filled += q;
        double remaining = w.remaining();
        if (remaining <= 1e-12 || (instrument.lotSize() > 0 && instrument.roundSize(remaining) == 0)) {
            remaining = 0;
            remove(w);
        }
        listener.filled(++fillIds, o.id(), time, o.symbol(), o.side(), q, price, fee, role, remaining);
        if (!o.isChild()) {
            List<Working> children = childrenOf(w);
            for (int i = 0, n = children.size(); i < n; i++) activateChild(children.get(i), w.filled, time, price);
        } else if (w.sibling != null && working.contains(w.sibling)) {
            Working s = w.sibling;
            if (remaining == 0) {
                remove(s);
                listener.onEvent(new OrderEvent.Canceled(s.id(), time));
            } else {
                resize(s, s.quantity - q, time);
            }
        }
    }

    /** Activates a bracket child with its entry's filled size, or resizes it after another partial entry fill. */
    private void activateChild(Working c, double parentFilled, long time, double entryPrice) {
        if (!c.active) {
            c.active = true;
            c.activatedBar = bar;
            c.entryPrice = entryPrice;
            c.activeFromBar = Double.isNaN(entryPrice) ? bar + 1 : bar;
            c.activeFromTime = Long.MIN_VALUE;
            if (c.order.type() == OrderType.TRAILING_STOP) {
                double ref = Double.isNaN(entryPrice) ? lastClose : entryPrice;
                c.trailBest = ref;
                c.trailLevel = Trailing.level(c, ref, atr.before());
            }
            listener.accepted(c.id(), time);
        }
        double target = parentFilled - (c.sibling == null ? 0 : c.sibling.filled);
        if (target != c.quantity) resize(c, target, time);
    }

    private void resize(Working w, double quantity, long time) {
        w.quantity = quantity;
        if (w.remaining() <= 1e-12) {
            remove(w);
            listener.onEvent(new OrderEvent.Canceled(w.id(), time));
            return;
        }
        OrderStatus s = w.filled > 0 ? OrderStatus.PARTIALLY_FILLED : w.triggered ? OrderStatus.TRIGGERED : OrderStatus.ACCEPTED;
        listener.onEvent(new OrderEvent.Updated(w.id(), time, quantity, s));
    }

    private void expire(Working w, long time) {
        remove(w);
        listener.onEvent(new OrderEvent.Expired(w.id(), time));
        if (!w.order.isChild() && w.filled == 0) cancelChildren(w, time);
    }

    private void cancelChildren(Working parent, long time) {
        List<Working> children = childrenOf(parent);
        for (int i = 0, n = children.size(); i < n; i++) {
            Working c = children.get(i);
            remove(c);
            listener.onEvent(new OrderEvent.Canceled(c.id(), time));
        }
    }

    /** Copies the working orders into {@code scratch}, to iterate while matching changes the list. */
    private void snapshot() {
        scratch.clear();
        for (int i = 0, n = working.size(); i < n; i++) scratch.add(working.get(i));
    }

    /** The working bracket children of {@code parent}; allocates nothing when it has none. */
    private List<Working> childrenOf(Working parent) {
        List<Working> out = null;
        for (int i = 0, n = working.size(); i < n; i++) {
            Working w = working.get(i);
            if (w.order.parentId() == parent.id()) {
                if (out == null) out = new ArrayList<>(2);
                out.add(w);
            }
        }
        return out == null ? List.of() : out;
    }

    private Working find(long id) {
        if (id == 0) return null;
        for (int i = 0, n = working.size(); i < n; i++) if (working.get(i).id() == id) return working.get(i);
        return null;
    }

    /**
     * Takes {@code w} off the working orders. Its view is then reused for an order sent from the next bar on, unless it
     * is linked to a sibling (whose link must keep reading it).
     */
    private void remove(Working w) {
        if (working.remove(w) && w.sibling == null) retire(w);
    }

    /** A view for new order {@code o} decided on {@code day}: a reused one, or a new one. */
    private Working working(OrderView o, long day) {
        return freeCount > 0 ? free[--freeCount].reset(o, day) : new Working(o, day);
    }

    private void retire(Working w) {
        if (reuseWorking && retiredCount < FREE_MAX) retired[retiredCount++] = w;
    }

    /**
     * A new bar begins: the views of orders done before it become reusable. No call of the venue that could still hold
     * one (a matching loop, a fill telling its listener) is running when the next bar begins, so a reused view never
     * changes under code that still reads the old order, whatever the listener does meanwhile.
     */
    private void recycle() {
        while (retiredCount > 0 && freeCount < FREE_MAX) {
            free[freeCount++] = retired[--retiredCount];
            retired[retiredCount] = null;
        }
        retiredCount = 0;
    }

    /**
     * The slipped price, rounded to the tick against the trader (a buy up, a sell down), so slippage smaller than a
     * tick still costs a tick instead of vanishing; the requested and the filled slippage are kept for the fill that
     * follows ({@link #execute}), which adds them to the report's sums only if the order really fills.
     */
    private double slipped(Side side, double price, double quantity) {
        SlippageModel model = execution.slippage();
        if (model == SlippageModel.NONE) return price;
        double p = model.price(side, price, quantity, barVolume, model.readsAtr() ? atr.before() : Double.NaN);
        double filled = p == price || instrument.tickSize() == 0 ? p : instrument.roundPriceAgainst(p, side.sign());
        pendingSlip = price > 0;
        pendingRequestedBps = side.sign() * (p - price) / price * 10_000;
        pendingEffectiveBps = side.sign() * (filled - price) / price * 10_000;
        return filled;
    }

    /** Slippage asked for and filled so far, averaged over the slipped fills (order-price notes left empty). */
    public ExecutionNotes slippageNotes() {
        return slippedFills == 0 ? ExecutionNotes.NONE
                : new ExecutionNotes(slippedFills, requestedBps / slippedFills, effectiveBps / slippedFills, 0, Double.NaN, Double.NaN);
    }
}
