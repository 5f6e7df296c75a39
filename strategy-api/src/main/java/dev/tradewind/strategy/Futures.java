package dev.tradewind.strategy;

import dev.tradewind.model.FutureContract;
import dev.tradewind.model.FutureLeg;
import java.time.LocalDate;
import java.util.List;

/**
 * Dated futures on the run's underlying ({@code ctx.futures()}): the listed contracts (an expiry calendar and a cycle
 * of months, e.g. quarterly third Fridays), their price now, and trades in them. Trades execute at once at the price
 * plus (buy) or minus (sell) the spread, with a fee per contract, and are orders, fills and trades of the run like any
 * other. Open legs are marked to market at every bar (their variation settles into cash), and at expiry settle for
 * cash at the final settlement price; no leg outlives its contract.
 */
public interface Futures {
    /** The underlying's symbol (the index the contracts settle on). */
    String underlying();

    /** The current bar's date in the calendar's zone. */
    LocalDate today();

    /** The expiry of the first listed contract expiring on or after {@code date}. */
    LocalDate expiryOnOrAfter(LocalDate date);

    /** The front contract's expiry: the first that has not expired yet. */
    default LocalDate front() { return expiryOnOrAfter(today()); }

    /** The expiry of the contract listed after the one expiring on {@code expiry}. */
    LocalDate next(LocalDate expiry);

    /** Trading days after today up to and including {@code expiry} (0 on the expiry day). */
    int tradingDaysTo(LocalDate expiry);

    /** The instant the contract of {@code expiry} expires (epoch ns). */
    long expiryTime(LocalDate expiry);

    /** The contract expiring on {@code expiry}. */
    FutureContract contract(LocalDate expiry);

    /** The contract's price now (before the spread). */
    double price(LocalDate expiry);

    /** Buys {@code quantity} contracts; returns the order id (its fill or rejection reaches onOrder). */
    long buy(LocalDate expiry, double quantity);

    /** Sells {@code quantity} contracts (opening a short, or closing a long). */
    long sell(LocalDate expiry, double quantity);

    /** The open legs, priced now. */
    List<FutureLeg> legs();

    /** The initial margin the open legs hold now. */
    double marginUsed();

    /** Closes a leg; returns the order id (0 when it is no longer open). */
    long close(FutureLeg leg);

    /** Closes every leg. */
    void closeAll();

    /**
     * Closes a leg and opens the same signed quantity at {@code expiry}, in one step; returns the new leg's order id (0
     * when the leg is no longer open; a rejected reopen leaves the account flat in this contract and says why).
     */
    long roll(FutureLeg leg, LocalDate expiry);

    /** Rolls a leg into the next listed contract. */
    default long roll(FutureLeg leg) { return roll(leg, next(leg.contract().expiryDate())); }

    /** PnL by period of every futures contract on the underlying together. */
    Pnl pnl();

    /** PnL by period of one contract (all zero if it was never traded). */
    Pnl pnl(FutureContract contract);
}
