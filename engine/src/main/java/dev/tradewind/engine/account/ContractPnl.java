package dev.tradewind.engine.account;

import dev.tradewind.strategy.Pnl;
import java.util.HashMap;
import java.util.Map;

/**
 * A desk's PnL per contract and for all its contracts together (one underlying), by period through the run's
 * {@link PeriodPnl}. The desk books each contract's realized PnL and fees as they happen and sets its unrealized PnL
 * at every mark; the views read them live. A contract is tracked from its first fill on; one never traded reads zero.
 */
public final class ContractPnl {
    private static final Pnl.Period ZERO_PERIOD = new Pnl.Period() {
        @Override public double total() { return 0; }
        @Override public double realized() { return 0; }
        @Override public double unrealized() { return 0; }
        @Override public long startDay() { return Long.MIN_VALUE; }
    };
    private static final Pnl ZERO = new Pnl() {
        @Override public Period today() { return ZERO_PERIOD; }
        @Override public Period thisWeek() { return ZERO_PERIOD; }
        @Override public Period thisMonth() { return ZERO_PERIOD; }
        @Override public Period thisYear() { return ZERO_PERIOD; }
    };

    private final PeriodPnl periods;
    private final Map<String, Entry> bySymbol = new HashMap<>();
    private final Entry all = new Entry();
    private Pnl allPnl;

    public ContractPnl(PeriodPnl periods) { this.periods = periods; }

    /** One contract's cumulative PnL (or all of them). */
    public static final class Entry implements PeriodPnl.Source {
        private double realized;
        private double open;
        private Pnl pnl;

        @Override public double realizedNet() { return realized; }
        @Override public double total() { return realized + open; }
    }

    /** The entry of {@code symbol}, tracked from now on (call before booking its first fill). */
    public Entry entry(String symbol) {
        if (allPnl == null) allPnl = periods.track(all);
        Entry e = bySymbol.get(symbol);
        if (e == null) {
            e = new Entry();
            e.pnl = periods.track(e);
            bySymbol.put(symbol, e);
        }
        return e;
    }

    /** Books realized PnL net of fees ({@code amount}: a fee is negative). */
    public void realize(Entry e, double amount) {
        e.realized += amount;
        all.realized += amount;
    }

    /** Sets the contract's unrealized PnL now. */
    public void open(Entry e, double unrealized) {
        all.open += unrealized - e.open;
        e.open = unrealized;
    }

    /** All contracts together. */
    public Pnl pnl() { return allPnl == null ? ZERO : allPnl; }

    /** One contract's. */
    public Pnl pnl(String symbol) {
        Entry e = bySymbol.get(symbol);
        return e == null ? ZERO : e.pnl;
    }
}
