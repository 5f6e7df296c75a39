package dev.tradewind.strategy;

/**
 * The account's PnL in the current day, ISO week (Monday to Sunday), month and year, in the run's time zone
 * ({@code --zone}). A period starts at the first bar in it; its PnL is measured from the equity at the close before,
 * with the open position valued at the current bar's close ({@link Context#close()}). The views are live: read
 * them, there is nothing to keep.
 */
public interface Pnl {
    /** PnL since the start of the current local day. */
    Period today();

    /** PnL since the start of the current ISO week (Monday). */
    Period thisWeek();

    /** PnL since the start of the current calendar month. */
    Period thisMonth();

    /** PnL since the start of the current calendar year. */
    Period thisYear();

    /** One period's PnL; {@code realized() + unrealized() == total()}. */
    interface Period {
        /** Change in equity since the period started. */
        double total();

        /**
         * PnL booked by closing fills in the period, less the fees, funding and borrow paid in it (so an entry's fee
         * is a realized loss of the period it was paid in).
         */
        double realized();

        /** Change of the open position's unrealized PnL over the period: {@code total() - realized()}. */
        double unrealized();

        /** Local date the period started, as days since 1970-01-01 (a Monday for a week, the 1st for a month). */
        long startDay();
    }
}
