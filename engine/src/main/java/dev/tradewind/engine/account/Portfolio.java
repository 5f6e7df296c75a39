package dev.tradewind.engine.account;

import dev.tradewind.engine.Funding;
import dev.tradewind.model.LedgerEntry;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Side;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Position;

/**
 * Cash and an average-price position in one instrument. Spot fills exchange cash for units; futures fills only
 * settle price changes since the last mark into cash, and every bar close marks the position into cash.
 * Invariant, at every bar: equity = cash + position value (for futures the value is 0 right after a mark).
 */
public final class Portfolio implements Position {
    private final Instrument instrument;
    private final double multiplier;
    private final boolean future;
    private final TradeTracker trades;
    private double cash;
    private double quantity;
    private double averagePrice = Double.NaN;
    private double settlePrice;
    private double lastPrice = Double.NaN;
    private double realized;
    private double fees;
    private double financing;
    private double optionValue; // the open option legs' value at the last mark, added to equity
    private int bar = -1;
    private int entryBar = -1;
    private long entryTime = Long.MIN_VALUE;
    private final java.util.List<LedgerEntry> ledger = new java.util.ArrayList<>();

    public Portfolio(Instrument instrument, double startingCash, TradeTracker trades) {
        this.instrument = instrument;
        this.multiplier = instrument.multiplier();
        this.future = instrument.isFuture();
        this.trades = trades;
        this.cash = startingCash;
    }

    /** Books a fill made during bar {@code barIndex}. */
    public void apply(Fill f, int barIndex) { apply(f.side(), f.quantity(), f.price(), f.fee(), f.time(), barIndex); }

    /** {@link #apply(Fill, int)} of a fill given by its fields (a run's fills come without the object). */
    public void apply(Side side, double q, double p, double fee, long time, int barIndex) {
        int s = side.sign();
        if (future) {
            cash += quantity * (p - settlePrice) * multiplier;
            settlePrice = p;
        } else {
            cash -= s * q * p * multiplier;
        }
        cash -= fee;
        fees += fee;
        lastPrice = p;

        double closing = 0;
        double pnl = 0;
        if (quantity == 0) {
            entryBar = barIndex;
            entryTime = time;
        }
        if (quantity == 0 || Math.signum(quantity) == s) {
            double held = Math.abs(quantity);
            averagePrice = quantity == 0 ? p : (held * averagePrice + q * p) / (held + q);
            quantity = snap(quantity + s * q);
        } else {
            closing = Math.min(Math.abs(quantity), q);
            pnl = closing * (p - averagePrice) * Math.signum(quantity) * multiplier;
            realized += pnl;
            double rest = q - closing;
            if (closing == Math.abs(quantity)) {
                quantity = rest > 0 ? s * rest : 0;
                averagePrice = rest > 0 ? p : Double.NaN;
                entryBar = rest > 0 ? barIndex : -1;
                entryTime = rest > 0 ? time : Long.MIN_VALUE;
            } else {
                quantity = snap(quantity + s * q);
            }
        }
        trades.onFill(side, q, p, fee, time, barIndex, closing, pnl, quantity, averagePrice, multiplier);
    }

    private double snap(double q) {
        double r = instrument.lotSize() > 0 ? instrument.roundSize(q) : q;
        return Math.abs(r) < 1e-12 ? 0 : r;
    }

    /** Marks the position at a bar's close (futures settle into cash) and records excursions. */
    public void mark(double price) {
        lastPrice = price;
        if (future) {
            cash += quantity * (price - settlePrice) * multiplier;
            settlePrice = price;
        }
    }

    /** Books a payment that is not a fill (funding, borrow, liquidation fee); it counts as a cost of the open trade. */
    public void book(LedgerEntry entry) {
        cash -= entry.amount();
        financing += entry.amount();
        ledger.add(entry);
        trades.addCost(entry.amount());
    }

    /**
     * Why the account cannot take a fill, or null: spot buys may not overdraw cash; a fill that increases a futures
     * position needs its initial margin; with a leverage cap, gross notional / equity after the fill must stay under it.
     */
    public String checkFill(dev.tradewind.model.Side side, double q, double price, double fee, double leverageCap) {
        return check(side, q, price, fee, leverageCap, 0);
    }

    /**
     * The same check with {@code committed} already promised to other orders (the submission check counts the entries
     * sent earlier in the bar): spot cash and futures equity available are that much smaller.
     */
    public String check(dev.tradewind.model.Side side, double q, double price, double fee, double leverageCap, double committed) {
        double after = Math.abs(quantity + side.sign() * q);
        double eq = equityAt(price) - fee - committed;
        if (leverageCap > 0 && after > Math.abs(quantity) && after * price * multiplier > leverageCap * eq) {
            return String.format(java.util.Locale.ROOT, "leverage %.2f would exceed the cap %.2f", after * price * multiplier / eq, leverageCap);
        }
        if (future) {
            double margin = instrument.initialMargin(after, price);
            if (after > Math.abs(quantity) && margin > eq) {
                return String.format(java.util.Locale.ROOT, "insufficient margin: needs %.2f, equity %.2f", margin, eq);
            }
            return null;
        }
        double cost = side.sign() * q * price * multiplier + fee;
        boolean increasesLong = side.sign() > 0 && quantity >= 0;
        if (increasesLong && cost > cash - committed + 1e-9) {
            return String.format(java.util.Locale.ROOT, "insufficient cash: needs %.2f, has %.2f", cost, cash - committed);
        }
        return null;
    }

    /** What {@link #check} would take from the cash or equity available: the cost of a spot buy, a future's margin. */
    public double commitment(dev.tradewind.model.Side side, double q, double price, double fee) {
        if (future) return instrument.initialMargin(q, price) + fee;
        return side.sign() > 0 ? q * price * multiplier + fee : fee;
    }

    /** Initial margin of the open futures position at the last price; 0 for spot. */
    public double marginUsed() {
        return future && quantity != 0 ? instrument.initialMargin(quantity, lastPrice) : 0;
    }

    /**
     * The price at which equity equals maintenance margin for the open futures position, or NaN when there is none.
     * Solves {@code cash + q (P - settle) m = |q| P m r} for P.
     */
    public double liquidationPrice() {
        if (!future || quantity == 0) return Double.NaN;
        if (instrument.marginPerContract() > 0) {
            // cash + q (P - settle) m = |q| x maintenance per contract
            if (instrument.maintenancePerContract() == 0) return Double.NaN;
            return settlePrice + (Math.abs(quantity) * instrument.maintenancePerContract() - cash) / (quantity * multiplier);
        }
        if (instrument.maintenanceRate() == 0) return Double.NaN;
        double r = instrument.maintenanceRate();
        double qm = quantity * multiplier;
        return (qm * settlePrice - cash) / (qm * (1 - Math.signum(quantity) * r));
    }

    public double equityAt(double price) {
        if (quantity == 0) return cash + optionValue;
        return cash + (future ? quantity * (price - settlePrice) : quantity * price) * multiplier + optionValue;
    }

    /** {@link #equityAt} of each of {@code prices[from..to)}, written to {@code out} at the same index (the same bits). */
    public void equityAt(double[] prices, int from, int to, double[] out) {
        if (quantity == 0) {
            java.util.Arrays.fill(out, from, to, cash + optionValue);
        } else if (future) {
            for (int i = from; i < to; i++) out[i] = equityAt(prices[i]);
        } else {
            double c = cash;
            double q = quantity;
            double m = multiplier;
            double o = optionValue;
            for (int i = from; i < to; i++) out[i] = c + q * prices[i] * m + o; // equityAt's expression, term for term
        }
    }

    /**
     * Books an option fill: its premium ({@code premium}: received positive, paid negative), its fee, and the PnL it
     * realized on a leg it closed.
     */
    public void optionCash(double premium, double fee, double realizedPnl) {
        cash += premium - fee;
        fees += fee;
        realized += realizedPnl;
    }

    /** The open option legs' value now (long legs add, short legs subtract), counted in equity. */
    public void optionValue(double value) { optionValue = value; }

    public double cash() { return cash; }

    public double equity() { return equityAt(lastPrice); }

    /** Value of the position at the last price: units x price for spot, unsettled change for futures. */
    public double positionValue() {
        if (quantity == 0) return 0;
        return (future ? quantity * (lastPrice - settlePrice) : quantity * lastPrice) * multiplier;
    }

    public double fees() { return fees; }

    /** Realized PnL less every fee, funding, borrow and liquidation fee paid so far. */
    public double realizedNet() { return realized - fees - financing; }

    /** Funding, borrow and liquidation fees paid (negative: received). */
    public double financing() { return financing; }

    public java.util.List<LedgerEntry> ledger() { return ledger; }

    public double lastPrice() { return lastPrice; }

    /** The bar the run is in, for {@link #barsSinceEntry()}. */
    public void atBar(int index) { bar = index; }

    @Override public int entryBar() { return quantity == 0 ? -1 : entryBar; }
    @Override public long entryTime() { return quantity == 0 ? Long.MIN_VALUE : entryTime; }
    @Override public int barsSinceEntry() { return quantity == 0 ? -1 : bar - entryBar; }

    @Override public double quantity() { return quantity; }
    @Override public double averagePrice() { return averagePrice; }
    @Override public double realizedPnl() { return realized; }

    @Override
    public double unrealizedPnl() {
        return quantity == 0 ? 0 : quantity * (lastPrice - averagePrice) * multiplier;
    }
}
