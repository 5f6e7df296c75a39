package dev.tradewind.engine.account;

import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds round-trip trades from fills. A trade opens when the position leaves zero and closes when it returns
 * to zero; a fill that reverses the position closes one trade and opens the next, splitting its fee by size.
 */
public final class TradeTracker {
    private final String symbol;
    private final Consumer<Trade> onClose;
    private final java.util.function.BooleanSupplier listening;
    private final dev.tradewind.model.TradeLog closed = new dev.tradewind.model.TradeLog();
    private boolean open;
    private Side side;
    private long entryTime;
    private int entryBar;
    private double entryQty;
    private double entryValue;
    private double exitQty;
    private double exitValue;
    private double maxQty;
    private double gross;
    private double costs;
    private double mae;
    private double mfe;
    private boolean excursions = true; // MAE and MFE tracked (off: the trades record NaN)
    // the bar range seen since the excursion was last brought up to date, and the position it was seen with
    private double lowSeen = Double.POSITIVE_INFINITY;
    private double highSeen = Double.NEGATIVE_INFINITY;
    private double seenQty;
    private double seenAvg;
    private double seenMultiplier;

    public TradeTracker(String symbol, Consumer<Trade> onClose) { this(symbol, onClose, () -> true); }

    /**
     * A tracker that tells {@code onClose} of each trade it closes while {@code listening} says so: a trade is kept as
     * fields ({@link dev.tradewind.model.TradeLog}), and an object is made for it only then.
     */
    public TradeTracker(String symbol, Consumer<Trade> onClose, java.util.function.BooleanSupplier listening) {
        this.symbol = symbol;
        this.onClose = onClose;
        this.listening = listening;
    }

    /** Called by the portfolio after it booked a fill. */
    public void onFill(Side fillSide, double q, double price, double fee, long time, int bar, double closingQty, double pnl,
            double positionAfter, double avgAfter, double multiplier) {
        fold();
        if (closingQty > 0) {
            double closeFee = fee * closingQty / q;
            exitQty += closingQty;
            exitValue += closingQty * price;
            gross += pnl;
            costs += closeFee;
            boolean stillOpen = positionAfter != 0 && Math.signum(positionAfter) == side.sign();
            excursion(gross + (stillOpen ? positionAfter * (price - avgAfter) * multiplier : 0));
            if (!stillOpen) {
                close(time, bar);
                if (positionAfter != 0) start(fillSide, price, time, bar, q - closingQty, fee - closeFee);
            }
        } else if (!open) {
            start(fillSide, price, time, bar, q, fee);
        } else {
            entryQty += q;
            entryValue += q * price;
            costs += fee;
        }
        if (open) maxQty = Math.max(maxQty, Math.abs(positionAfter));
    }

    private void start(Side fillSide, double price, long time, int bar, double q, double fee) {
        open = true;
        side = fillSide;
        entryTime = time;
        entryBar = bar;
        entryQty = q;
        entryValue = q * price;
        exitQty = 0;
        exitValue = 0;
        maxQty = q;
        gross = 0;
        costs = fee;
        mae = 0;
        mfe = 0;
    }

    private void close(long time, int bar) {
        fold();
        closed.add(symbol, side, maxQty, entryTime, entryValue / entryQty, time, exitValue / exitQty, gross, costs,
                gross - costs, excursions ? mae : Double.NaN, excursions ? mfe : Double.NaN, bar - entryBar);
        open = false;
        tell();
    }

    /**
     * Stops tracking MAE and MFE: trades closed from now on record NaN for both (a sweep's trials, whose statistics read
     * neither).
     */
    public void withoutExcursions() { excursions = false; }

    /** Whether MAE and MFE are tracked. */
    public boolean excursions() { return excursions; }

    /** Adds a cost (funding, borrow) to the open trade; ignored when flat. */
    public void addCost(double amount) {
        if (open) costs += amount;
    }

    /**
     * Updates MAE and MFE from a bar's range while a trade is open. Only the range is kept per bar: the PnL at a
     * price is monotonic in it, even as rounded, so the extremes of the range since the last fill give exactly the
     * extremes bar by bar would; they are folded in when the position changes or the trade closes.
     */
    public void onBar(double high, double low, double quantity, double avgPrice, double multiplier) {
        if (!open || quantity == 0 || !excursions) return;
        if (quantity != seenQty || avgPrice != seenAvg || multiplier != seenMultiplier) {
            fold();
            seenQty = quantity;
            seenAvg = avgPrice;
            seenMultiplier = multiplier;
        }
        if (low < lowSeen) lowSeen = low;
        if (high > highSeen) highSeen = high;
    }

    private void fold() {
        if (lowSeen != Double.POSITIVE_INFINITY || highSeen != Double.NEGATIVE_INFINITY) {
            if (lowSeen != Double.POSITIVE_INFINITY) excursionAt(lowSeen);
            if (highSeen != Double.NEGATIVE_INFINITY) excursionAt(highSeen);
            lowSeen = Double.POSITIVE_INFINITY;
            highSeen = Double.NEGATIVE_INFINITY;
        }
    }

    private void excursionAt(double price) { excursion(gross + seenQty * (price - seenAvg) * seenMultiplier); }

    private void excursion(double pnl) {
        if (pnl < mae) mae = pnl;
        if (pnl > mfe) mfe = pnl;
    }

    /** PnL of the open trade after its costs so far (realized part + unrealized at {@code price}). */
    public double openNetPnl(double quantity, double avgPrice, double price, double multiplier) {
        if (!open) return 0;
        double unrealized = quantity == 0 ? 0 : quantity * (price - avgPrice) * multiplier;
        return gross + unrealized - costs;
    }

    /** Lets the trades read what they share with their fills from {@code fills} (the run's; before the first trade). */
    public void readFills(dev.tradewind.model.FillLog fills) { closed.readFills(fills); }

    /** The trades closed so far, read-only (and read as the tracker closes more). */
    public List<Trade> closedReadOnly() { return closed.readOnly(); }

    /** Adds a round trip closed elsewhere (an option leg), numbered after the trades closed so far, and reports it. */
    public void record(Trade t) {
        closed.add(t.symbol(), t.side(), t.quantity(), t.entryTime(), t.entryPrice(), t.exitTime(), t.exitPrice(), t.grossPnl(),
                t.costs(), t.netPnl(), t.mae(), t.mfe(), t.barsHeld());
        tell();
    }

    /** Tells the listener of the trade just closed, if it listens. */
    private void tell() {
        if (listening.getAsBoolean()) onClose.accept(closed.get(closed.size() - 1));
    }
}
