package dev.tradewind.engine.futures;

import dev.tradewind.engine.account.ContractPnl;
import dev.tradewind.model.FutureContract;
import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;

/** One open futures leg of a desk, mutable while it lives: its position, last settlement price and round trip. */
final class Leg {
    final FutureContract contract;
    final String symbol;
    final long expiry; // epoch ns
    final ContractPnl.Entry entry;
    final long entryTime;
    final int entryBar;
    private final double multiplier;
    double quantity;
    double entryPrice;
    double settle;     // the price the leg's variation was last paid at
    double closed;     // contracts the last fill closed
    private double maxQuantity;
    private double gross;
    private double costs;
    private double exitValue;
    private double exitQuantity;
    private double mae;
    private double mfe;
    private double sign; // +1 opened long, -1 opened short

    Leg(FutureContract contract, long expiry, ContractPnl.Entry entry, long entryTime, int entryBar) {
        this.contract = contract;
        this.expiry = expiry;
        this.symbol = contract.symbol();
        this.entry = entry;
        this.entryTime = entryTime;
        this.entryBar = entryBar;
        this.multiplier = contract.multiplier();
    }

    /** Moves the settlement price to {@code price}; returns the variation the holder receives (negative: pays). */
    double settleTo(double price) {
        double v = quantity * (price - settle) * multiplier;
        settle = price;
        return v;
    }

    /** Books a fill of {@code dq} contracts (signed) at {@code price}; returns the PnL it realized (before fees). */
    double fill(double dq, double price, double fee) {
        costs += fee;
        closed = 0;
        if (quantity == 0 || Math.signum(quantity) == Math.signum(dq)) {
            if (quantity == 0) sign = Math.signum(dq);
            entryPrice = (entryPrice * Math.abs(quantity) + price * Math.abs(dq)) / (Math.abs(quantity) + Math.abs(dq));
            quantity += dq;
            maxQuantity = Math.max(maxQuantity, Math.abs(quantity));
            return 0;
        }
        closed = Math.min(Math.abs(dq), Math.abs(quantity));
        double realized = closed * (price - entryPrice) * Math.signum(quantity) * multiplier;
        gross += realized;
        exitValue += closed * price;
        exitQuantity += closed;
        quantity += Math.signum(dq) * closed;
        if (Math.abs(quantity) < 1e-12) quantity = 0;
        return realized;
    }

    /** The leg's unrealized PnL at its settlement price, into the desk's PnL and the round trip's excursions. */
    void track(ContractPnl pnl) {
        double open = quantity * (settle - entryPrice) * multiplier;
        pnl.open(entry, open);
        mae = Math.min(mae, gross + open);
        mfe = Math.max(mfe, gross + open);
    }

    /** The closed round trip (its id is given by the run's trade list). */
    Trade trade(long exitTime, int exitBar) {
        return new Trade(0, symbol, sign > 0 ? Side.BUY : Side.SELL, maxQuantity, entryTime, entryPrice, exitTime,
                exitValue / exitQuantity, gross, costs, gross - costs, Math.min(mae, 0), Math.max(mfe, 0), exitBar - entryBar);
    }
}
