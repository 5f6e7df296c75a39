package dev.tradewind.strategy;

import dev.tradewind.model.OptionLeg;
import dev.tradewind.model.OptionType;
import java.time.LocalDate;
import java.util.List;

/**
 * Options on the run's underlying ({@code ctx.options()}): its expiry calendar, chains, and trades in contracts. Trades
 * execute at once at the chain's price (a buy at the ask, a sell at the bid), are orders, fills and trades of the
 * run like any other, and their premium and fees move the run's cash. Legs are marked at every close, and at expiry
 * settle at their intrinsic value from the underlying's price (cash, or assignment into the underlying).
 */
public interface Options {
    /** The underlying's symbol. */
    String underlying();

    /** The current bar's date in the calendar's zone. */
    LocalDate today();

    /** The first expiry on or after {@code date}. */
    LocalDate expiryOnOrAfter(LocalDate date);

    /** The first monthly expiry on or after {@code date}. */
    LocalDate monthlyExpiryOnOrAfter(LocalDate date);

    /** Calendar days from today to {@code expiry}. */
    long daysTo(LocalDate expiry);

    /** The instant {@code expiry}'s contracts expire (epoch ns). */
    long expiryTime(LocalDate expiry);

    /** A pause of entries until the next monthly expiry has passed ({@code ctx.block(options.untilMonthlyExpiry())}). */
    default Block untilMonthlyExpiry() { return Block.until(expiryTime(monthlyExpiryOnOrAfter(today()))); }

    /** The chain of {@code expiry}, priced now; the expiry must not have passed. */
    OptionChain chain(LocalDate expiry);

    /** Buys {@code quantity} contracts; returns the order id (its fill or rejection reaches onOrder). */
    long buy(OptionType type, LocalDate expiry, double strike, double quantity);

    /** Sells {@code quantity} contracts (opening a short, or closing a long). */
    long sell(OptionType type, LocalDate expiry, double strike, double quantity);

    /** The open legs, priced now. */
    List<OptionLeg> legs();

    /** The open legs' value now (long legs add, short legs subtract). */
    double value();

    /** The net premium the open legs were opened for: received (a credit) positive, paid negative. */
    default double openPremium() {
        double credit = 0;
        for (OptionLeg l : legs()) credit += -l.quantity() * l.entryPrice() * l.contract().multiplier();
        return credit;
    }

    /** The margin the short legs hold now. */
    double marginUsed();

    /** Closes a leg; returns the order id. */
    long close(OptionLeg leg);

    /** Closes every leg. */
    void closeAll();

    /** Closes a leg and opens the same quantity of the same type and strike at {@code expiry}, in one step; returns the new leg's order id. */
    long roll(OptionLeg leg, LocalDate expiry);

    /** PnL by period of every option on the underlying together. */
    Pnl pnl();

    /** PnL by period of one contract (all zero if it was never traded). */
    Pnl pnl(dev.tradewind.model.OptionContract contract);
}
