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

    /** Cash needed for a fill, or null if the account can take it; spot buys may not overdraw cash. */
    String checkFill(dev.tradewind.model.Side side, double q, double price, double fee) {
        if (future) {
            double after = Math.abs(quantity + side.sign() * q);
            double margin = after * price * multiplier * instrument.marginRate();
            double eq = equityAt(price) - fee;
            if (after > Math.abs(quantity) && margin > eq) {
                return String.format("insufficient margin: needs %.2f, equity %.2f", margin, eq);
            }
            return null;
        }
        double cost = side.sign() * q * price * multiplier + fee;
        boolean increasesLong = side.sign() > 0 && quantity >= 0;
        if (increasesLong && cost > cash + 1e-9) {
            return String.format("insufficient cash: needs %.2f, has %.2f", cost, cash);
        }
        return null;
    }

    private double equityAt(double price) {
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

    @Override public double quantity() { return quantity; }
    @Override public double averagePrice() { return averagePrice; }
    @Override public double realizedPnl() { return realized; }

    @Override
    public double unrealizedPnl() {
        return quantity == 0 ? 0 : quantity * (lastPrice - averagePrice) * multiplier;
    }
}
