package dev.tradewind.engine;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Position;

/**
 * Cash and an average-price position in one instrument. Spot fills exchange cash for units; futures fills only
 * settle price changes since the last mark into cash, and every bar close marks the position into cash.
 * Invariant, at every bar: equity = cash + position value (for futures the value is 0 right after a mark).
 */
final class Portfolio implements Position {
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
    private final java.util.List<LedgerEntry> ledger = new java.util.ArrayList<>();

    Portfolio(Instrument instrument, double startingCash, TradeTracker trades) {
        this.instrument = instrument;
        this.multiplier = instrument.multiplier();
        this.future = instrument.isFuture();
        this.trades = trades;
        this.cash = startingCash;
    }

    /** Books a fill made during bar {@code barIndex}. */
    void apply(Fill f, int barIndex) {
        double q = f.quantity();
        double p = f.price();
        int s = f.side().sign();
        if (future) {
            cash += quantity * (p - settlePrice) * multiplier;
            settlePrice = p;
        } else {
            cash -= s * q * p * multiplier;
        }
        cash -= f.fee();
        fees += f.fee();
        lastPrice = p;

        double closing = 0;
        double pnl = 0;
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
            } else {
                quantity = snap(quantity + s * q);
            }
        }
        trades.onFill(f, barIndex, closing, pnl, quantity, averagePrice, multiplier);
    }

    private double snap(double q) {
        double r = instrument.lotSize() > 0 ? instrument.roundSize(q) : q;
        return Math.abs(r) < 1e-12 ? 0 : r;
    }

    /** Marks the position at a bar's close (futures settle into cash) and records excursions. */
    void mark(double price) {
        lastPrice = price;
        if (future) {
            cash += quantity * (price - settlePrice) * multiplier;
            settlePrice = price;
        }
    }

    /** Books a payment that is not a fill (funding, borrow, liquidation fee); it counts as a cost of the open trade. */
    void book(LedgerEntry entry) {
        cash -= entry.amount();
        financing += entry.amount();
        ledger.add(entry);
        trades.addCost(entry.amount());
    }

    /**
     * Why the account cannot take a fill, or null: spot buys may not overdraw cash; a fill that increases a futures
     * position needs its initial margin; with a leverage cap, gross notional / equity after the fill must stay under it.
     */
    String checkFill(dev.tradewind.model.Side side, double q, double price, double fee, double leverageCap) {
        double after = Math.abs(quantity + side.sign() * q);
        double eq = equityAt(price) - fee;
        if (leverageCap > 0 && after > Math.abs(quantity) && after * price * multiplier > leverageCap * eq) {
            return String.format(java.util.Locale.ROOT, "leverage %.2f would exceed the cap %.2f", after * price * multiplier / eq, leverageCap);
        }
        if (future) {
            double margin = after * price * multiplier * instrument.marginRate();
            if (after > Math.abs(quantity) && margin > eq) {
                return String.format(java.util.Locale.ROOT, "insufficient margin: needs %.2f, equity %.2f", margin, eq);
            }
            return null;
        }
        double cost = side.sign() * q * price * multiplier + fee;
        boolean increasesLong = side.sign() > 0 && quantity >= 0;
        if (increasesLong && cost > cash + 1e-9) {
            return String.format(java.util.Locale.ROOT, "insufficient cash: needs %.2f, has %.2f", cost, cash);
        }
        return null;
    }

    /**
     * The price at which equity equals maintenance margin for the open futures position, or NaN when there is none.
     * Solves {@code cash + q (P - settle) m = |q| P m r} for P.
     */
    double liquidationPrice() {
        if (!future || quantity == 0 || instrument.maintenanceRate() == 0) return Double.NaN;
        double r = instrument.maintenanceRate();
        double qm = quantity * multiplier;
        return (qm * settlePrice - cash) / (qm * (1 - Math.signum(quantity) * r));
    }

    double equityAt(double price) {
        if (quantity == 0) return cash;
        return cash + (future ? quantity * (price - settlePrice) : quantity * price) * multiplier;
    }

    double cash() { return cash; }

    double equity() { return equityAt(lastPrice); }

    /** Value of the position at the last price: units x price for spot, unsettled change for futures. */
    double positionValue() {
        if (quantity == 0) return 0;
        return (future ? quantity * (lastPrice - settlePrice) : quantity * lastPrice) * multiplier;
    }

    double fees() { return fees; }

    /** Funding, borrow and liquidation fees paid (negative: received). */
    double financing() { return financing; }

    java.util.List<LedgerEntry> ledger() { return ledger; }

    double lastPrice() { return lastPrice; }

    @Override public double quantity() { return quantity; }
    @Override public double averagePrice() { return averagePrice; }
    @Override public double realizedPnl() { return realized; }

    @Override
    public double unrealizedPnl() {
        return quantity == 0 ? 0 : quantity * (lastPrice - averagePrice) * multiplier;
    }
}
