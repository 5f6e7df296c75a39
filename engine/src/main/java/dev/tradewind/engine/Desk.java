package dev.tradewind.engine;

import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.engine.account.Financing;
import dev.tradewind.engine.sim.SimulatedVenue;
/**
 * The simulated execution side of one symbol inside the {@link Kernel}: its venue, fed the bars of the symbol's finest
 * series. {@link Direct} serves one member; a portfolio's members share a {@link Routed} desk that nets their orders.
 */
abstract class Desk extends Slot {
    final SimulatedVenue venue;

    Desk(SimulatedVenue venue) { this.venue = venue; }

    /** The clock moved to {@code now} (to this desk's bar when it has one in the step): orders whose deadline came expire. */
    void passTime(long now, boolean gap) { venue.passTime(due ? time : now); }

    /** The bar opened and traded through its range: the venue matches working orders. */
    abstract void open();

    /** The members' onBar ran: orders held back for the step go out. */
    void flush() {}

    /** The bar closed: orders that execute at the close fill. */
    void close() { venue.onBarClose(time, close); }

    /** A desk with one member: the member's orders go straight to the venue. */
    static final class Direct extends Desk {
        Direct(SimulatedVenue venue) { super(venue); }

        @Override void open() { venue.onBar(time, open, high, low, close, volume); }
    }

    /** A desk shared by a portfolio's members on one symbol: the {@link Router} nets their market orders per step. */
    static final class Routed extends Desk {
        final Router router;
        final Financing financing;
        final double initialCash;

        Routed(SimulatedVenue venue, Router router, Financing financing, double initialCash) {
            super(venue);
            this.router = router;
            this.financing = financing;
            this.initialCash = initialCash;
        }

        Portfolio account() { return router.account(); }

        @Override
        void passTime(long now, boolean gap) {
            super.passTime(now, gap);
            if (gap) financing.passTime(now, router.account());
        }

        @Override
        void open() {
            router.setTime(time);
            financing.beforeBar(time, open, router.account());
            router.crossAtOpen(time, open);
            venue.onBar(time, open, high, low, close, volume);
        }

        @Override void flush() { router.flush(); }

        @Override
        void close() {
            super.close();
            router.account().mark(close);
            router.setPrice(close);
        }
    }
}
