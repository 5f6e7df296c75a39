package dev.tradewind.engine.account;

import dev.tradewind.engine.AccountRules;
import dev.tradewind.engine.Funding;
import dev.tradewind.model.LedgerEntry;

import dev.tradewind.model.Instrument;
import dev.tradewind.model.Times;

/**
 * Books funding of perpetual futures at each funding time and the borrow fee of spot shorts at each UTC day boundary,
 * at the open of the first bar at or after the time (the mark price then). When the data has a gap across a funding
 * time, the clock books it at that time, at the last price seen ({@link #passTime}).
 */
public final class Financing {
    private final AccountRules rules;
    private final Instrument instrument;
    private long nextFunding = Long.MIN_VALUE;
    private long day = Long.MIN_VALUE;
    private final boolean funds;
    private final boolean borrows;

    public Financing(AccountRules rules, Instrument instrument) {
        this.rules = rules;
        this.instrument = instrument;
        this.funds = instrument.isFuture() && !rules.funding().isNone();
        this.borrows = !instrument.isFuture() && rules.borrowPercentPerYear() > 0;
    }

    /** Whether nothing is ever booked (no funding, no borrow fee), so a bar needs no call here. */
    public boolean idle() { return !funds && !borrows; }

    public void beforeBar(long time, double open, Portfolio p) {
        if (funds) funding(time, open, p);
        else if (borrows) borrow(time, open, p);
    }

    /** The clock moved to {@code now} across a gap in the data: books the fundings due before it at the last price. */
    public void passTime(long now, Portfolio p) {
        if (funds && nextFunding != Long.MIN_VALUE) fund(now - 1, Long.MIN_VALUE, p.lastPrice(), p, " (last price; no bar)");
    }

    private void funding(long time, double open, Portfolio p) {
        if (nextFunding == Long.MIN_VALUE) nextFunding = rules.funding().nextAfter(time - 1);
        fund(time, time, open, p, "");
    }

    /** Books every funding due at or before {@code until} at {@code price}, stamped {@code at} (its own time if MIN). */
    private void fund(long until, long at, double price, Portfolio p, String how) {
        Funding f = rules.funding();
        while (nextFunding <= until) {
            double q = p.quantity();
            if (q != 0 && !Double.isNaN(price)) {
                double rate = f.rateAt(nextFunding);
                p.book(new LedgerEntry(at == Long.MIN_VALUE ? nextFunding : at, LedgerEntry.Kind.FUNDING,
                        q * price * instrument.multiplier() * rate,
                        "funding at " + Times.format(nextFunding) + ", rate " + rate + " on " + q + " @ " + price + how));
            }
            nextFunding = f.nextAfter(nextFunding);
        }
    }

    private void borrow(long time, double open, Portfolio p) {
        long today = Times.utcDay(time);
        if (day == Long.MIN_VALUE) {
            day = today;
            return;
        }
        if (today == day) return;
        long days = today - day;
        day = today;
        double q = p.quantity();
        if (q >= 0) return;
        double amount = -q * open * instrument.multiplier() * rules.borrowPercentPerYear() / 100 / 365 * days;
        p.book(new LedgerEntry(time, LedgerEntry.Kind.BORROW, amount, "borrow fee for " + days + " day(s) on " + q + " @ " + open));
    }
}
