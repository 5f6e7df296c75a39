package dev.tradewind.live.binance.trade;

import java.math.BigDecimal;

/** One order in the books of {@link FakeSpot}. */
public final class FakeOrder {
    public final long id;
    public final String client;
    public final String side, type, tif;
    public final BigDecimal qty, price, stop;
    public final long time;
    public String status = "NEW";
    public BigDecimal executed = BigDecimal.ZERO, quote = BigDecimal.ZERO;
    public long update;
    boolean triggered;
    /** The order list it is a leg of ({@link FakeOrderLists}), else -1. */
    public long listId = -1;
    /** Whether it holds the funds it needs locked (a list locks once, for the leg that may fill). */
    boolean locks = true;

    FakeOrder(long id, String client, String side, String type, String tif, BigDecimal qty, BigDecimal price, BigDecimal stop, long time) {
        this.id = id;
        this.client = client;
        this.side = side;
        this.type = type;
        this.tif = tif;
        this.qty = qty;
        this.price = price;
        this.stop = stop;
        this.time = time;
        this.update = time;
    }

    public boolean open() { return status.equals("NEW") || status.equals("PARTIALLY_FILLED"); }
}
