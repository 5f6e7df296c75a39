package dev.tradewind.engine;

import dev.tradewind.model.Order;

/** What a portfolio member's run sees as its venue: a door to its symbol's {@link Router}. */
final class MemberVenue implements ExecutionClient {
    private final Router router;
    private final int member;

    MemberVenue(Router router, int member) {
        this.router = router;
        this.member = member;
    }

    @Override public void connect(VenueListener listener) { router.link(member, listener); }
    @Override public void submit(Order order) { router.submit(member, order); }
    @Override public void cancel(long orderId, long time) { router.cancel(member, orderId, time); }
    @Override public void modify(Order replacement, long time) { router.modify(member, replacement, time); }
}
