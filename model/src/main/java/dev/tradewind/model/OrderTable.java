package dev.tradewind.model;


import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Every order of a run by id, with its status kept through the one transition table in {@link OrderStatus}. Order
 * {@code id} and its state are row {@code id - 1}: six longs (side, type, time in force, flags, status and the symbol's
 * code packed in one; quantity; time sent; time of the last change; filled quantity and average price), so adding an
 * order, accepting and filling it touch one or two cache lines, and the records at the end of a run are read in
 * sequence. Limit and stop prices go in a column of their own, two longs a row, made for a chunk by its first order
 * that has either (a market order has neither: 16 bytes less an order, 32 a round trip of a crossover). An order added
 * as a view of fields ({@link OrderView}) is kept without an object (an {@link Order} is made when one is asked for); a
 * tag is a code in the row (the first 255 distinct tags of a run), later tags and a rejection's reason go in columns of
 * their own (made for a chunk of rows by its first such order), and an order that sets a field most leave at its
 * default (an expiry, a trailing distance, a bracket link) is also kept whole, as an object. The rows are chunks of
 * 1,024 (the first one starts smaller and grows fourfold to that), so a growing table never copies what it holds. Kept
 * by a run, and by a sink that rebuilds the same records from the streamed orders and events.
 *
 * <p>A run's fill, event, signal and trade logs read from the table what they share with it, so these never change
 * once written: an order's side, symbol and time sent ({@link #sentQuantity} keeps the quantity sent through
 * modifications), and a filled order's filled quantity (FILLED is final). A change that rewrites any of them must
 * make those logs keep the field themselves.
 */
public final class OrderTable {
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST = 64;
    private static final int FIELDS = 6;
    private static final int KIND = 0, QUANTITY = 1, TIME = 2, UPDATED = 3, FILLED = 4, AVERAGE = 5;
    // KIND: side (bits 0-1), type (2-5), time in force (6-9), reduce-only (10), post-only (11), a tag of its own (12),
    // kept whole (13), a null tag (14), prices in the price column (15), the status (16-23), the tag's code (24-31) and
    // the symbol's code (32-63)
    private static final long REDUCE = 1L << 10, POST = 1L << 11, TAGGED = 1L << 12, WHOLE = 1L << 13, NULL_TAG = 1L << 14;
    private static final long PRICED = 1L << 15;
    private static final long NO_PRICE = Double.doubleToRawLongBits(Double.NaN); // a row without PRICED reads these
    private static final int STATUS_SHIFT = 16;
    // a tagged order's tag as a code of its own in bits 24-31 (1 to 255, code + 1), 0: in the tag column (a run with
    // more distinct tags than that keeps the rest there)
    private static final int TAG_SHIFT = 24;
    private static final int TAG_CODES = 255;
    private static final long NO_SYMBOL = 0xFFFF_FFFFL << 32;
    private static final Side[] SIDES = Side.values();
    private static final OrderType[] TYPES = OrderType.values();
    private static final TimeInForce[] TIFS = TimeInForce.values();
    private static final OrderStatus[] STATUSES = OrderStatus.values();

    private long[][] rows = new long[4][];
    private String[][] tag = new String[4][];
    private long[][] prices = new long[4][]; // a chunk's limit and stop prices, two a row, from its first priced order
    private String[][] reason = new String[4][];
    private final Dictionary symbols = new Dictionary();
    private final Dictionary tags = new Dictionary();
    /** The orders kept whole ({@link #unusual}), by row; null while there is none. */
    private java.util.HashMap<Integer, Order> whole;
    /** The quantity a modified order was sent with (raw bits), by row; null while no order was modified. */
    private java.util.HashMap<Integer, Long> sentQuantities;
    private int size;
    private int capacity;
    /** A {@link #records} view reads the rows: they are copied before the table changes. */
    private boolean shared;
    /** Indexes of the working orders, in the order they opened. */
    private int[] open = new int[8];
    private int openCount;

    /** Whether {@code o} sets a field the rows do not keep. */
    private static boolean unusual(OrderView o) {
        return o.expireTime() != Long.MAX_VALUE || !Double.isNaN(o.trail()) || o.trailUnit() != TrailUnit.NONE
                || o.parentId() != 0 || o.ocoId() != 0;
    }

    /** Registers a new order (its fields are copied: a reused view may be passed); ids must be assigned 1, 2, 3... */
    public void add(OrderView o) {
        if (o.id() != size + 1) throw new IllegalStateException("order ids out of sequence: " + o.id());
        if (shared) unshare();
        if (size == capacity) grow();
        String t = o.tag();
        boolean tagged = t == null || !t.isEmpty();
        int tagCode = t == null || t.isEmpty() ? -1 : tags.codeWithin(t, TAG_CODES);
        boolean inColumn = t != null && !t.isEmpty() && tagCode < 0; // a tag past the codes
        boolean unusual = unusual(o);
        long limit = Double.doubleToRawLongBits(o.limitPrice());
        long stop = Double.doubleToRawLongBits(o.stopPrice());
        boolean priced = limit != NO_PRICE || stop != NO_PRICE;
        long kind = o.side().ordinal() | o.type().ordinal() << 2 | o.tif().ordinal() << 6 | (o.reduceOnly() ? REDUCE : 0)
                | (o.postOnly() ? POST : 0) | (tagged ? TAGGED : 0) | (unusual ? WHOLE : 0) | (t == null ? NULL_TAG : 0)
                | (priced ? PRICED : 0) | (tagCode >= 0 ? (long) (tagCode + 1) << TAG_SHIFT : 0)
                | (long) OrderStatus.NEW.ordinal() << STATUS_SHIFT
                | (o.symbol() == null ? NO_SYMBOL : (long) symbols.code(o.symbol()) << 32);
        int c = size >>> BITS;
        int k = size & MASK;
        long[] r = rows[c];
        int at = k * FIELDS;
        r[at + KIND] = kind;
        r[at + QUANTITY] = Double.doubleToRawLongBits(o.quantity());
        if (priced) price(c, k, limit, stop);
        r[at + TIME] = o.time();
        r[at + UPDATED] = o.time();
        r[at + FILLED] = 0;
        r[at + AVERAGE] = 0;
        if (inColumn) {
            if (tag[c] == null) tag[c] = new String[rows[c].length / FIELDS]; // the chunk's first such tag makes it
            tag[c][k] = t;
        }
        if (unusual) {
            if (whole == null) whole = new java.util.HashMap<>();
            whole.put(size, o.toOrder());
        }
        size++;
    }

    /** Keeps row {@code k} of chunk {@code c}'s limit and stop prices (raw bits), making the chunk's column if need be. */
    private void price(int c, int k, long limit, long stop) {
        if (prices[c] == null) prices[c] = new long[2 * (rows[c].length / FIELDS)];
        prices[c][2 * k] = limit;
        prices[c][2 * k + 1] = stop;
    }

    /** Room for one more row: the first chunk grows fourfold up to a full one, then a new chunk is added. */
    private void grow() {
        int c = size >>> BITS;
        if (c == rows.length) {
            int n = c * 2;
            rows = Arrays.copyOf(rows, n);
            tag = Arrays.copyOf(tag, n);
            prices = Arrays.copyOf(prices, n);
            reason = Arrays.copyOf(reason, n);
        }
        int n = rows[c] == null ? (c == 0 ? FIRST : CHUNK) : Math.min(CHUNK, rows[c].length / FIELDS * 4);
        resizeChunk(c, n);
        capacity = c * CHUNK + n;
    }

    private void resizeChunk(int c, int n) {
        rows[c] = rows[c] == null ? new long[n * FIELDS] : Arrays.copyOf(rows[c], n * FIELDS);
        if (tag[c] != null) tag[c] = Arrays.copyOf(tag[c], n); // made by the chunk's first tag past the codes
        if (prices[c] != null) prices[c] = Arrays.copyOf(prices[c], 2 * n); // made by the chunk's first priced order
        if (reason[c] != null) reason[c] = Arrays.copyOf(reason[c], n); // made by the chunk's first rejection
    }

    /** Gives the table its own rows, leaving the old ones to the {@link #records} views that read them. */
    private void unshare() {
        rows = rows.clone();
        tag = tag.clone();
        prices = prices.clone();
        reason = reason.clone();
        if (whole != null) whole = new java.util.HashMap<>(whole);
        for (int c = 0; c < rows.length && rows[c] != null; c++) resizeChunk(c, rows[c].length / FIELDS);
        shared = false;
    }

    /** Applies an event; throws IllegalStateException for an illegal transition. */
    public void apply(OrderEvent e) {
        switch (e) {
            case OrderEvent.Accepted a -> accepted(a.orderId(), a.time());
            case OrderEvent.Filled f -> filled(f.orderId(), f.time(), f.fill().quantity(), f.fill().price(), f.remaining());
            default -> applyOther(e);
        }
    }

    /** {@link #apply} of {@code new OrderEvent.Accepted(id, time)}, without the event. */
    public void accepted(long id, long time) { step((int) id - 1, OrderStatus.ACCEPTED, time); }

    /**
     * {@link #apply} of a {@link OrderEvent.Filled} of order {@code id} at {@code time} by a fill of {@code quantity} at
     * {@code price}, leaving {@code remaining} working, without the event.
     */
    public void filled(long id, long time, double quantity, double price, double remaining) {
        int i = (int) id - 1;
        step(i, remaining > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.FILLED, time);
        long[] r = rows[i >>> BITS];
        int at = (i & MASK) * FIELDS;
        double f = Double.longBitsToDouble(r[at + FILLED]);
        double a = Double.longBitsToDouble(r[at + AVERAGE]);
        r[at + AVERAGE] = Double.doubleToRawLongBits((f * a + quantity * price) / (f + quantity));
        r[at + FILLED] = Double.doubleToRawLongBits(f + quantity);
    }

    private static OrderStatus statusOf(long kind) { return STATUSES[(int) (kind >>> STATUS_SHIFT) & 0xFF]; }

    private static long withStatus(long kind, OrderStatus s) {
        return kind & ~(0xFFL << STATUS_SHIFT) | (long) s.ordinal() << STATUS_SHIFT;
    }

    /** Moves row {@code i} to status {@code next} at {@code time} (an event that is not an update or modification). */
    private void step(int i, OrderStatus next, long time) {
        if (shared) unshare();
        long[] r = rows[i >>> BITS];
        int at = (i & MASK) * FIELDS;
        OrderStatus was = statusOf(r[at + KIND]);
        OrderStatus now = was == next && next == OrderStatus.PARTIALLY_FILLED ? was : was.transition(next);
        r[at + KIND] = withStatus(r[at + KIND], now);
        r[at + UPDATED] = time;
        track(i, was, now);
    }

    private void applyOther(OrderEvent e) {
        int i = (int) e.orderId() - 1;
        if (shared) unshare();
        long[] r = rows[i >>> BITS];
        int at = (i & MASK) * FIELDS;
        OrderStatus was = statusOf(r[at + KIND]);
        OrderStatus next = e.status();
        boolean sameStatus = e instanceof OrderEvent.Updated || e instanceof OrderEvent.Modified;
        if (sameStatus && next != was) {
            throw new IllegalStateException("update of order " + e.orderId() + " claims " + next + " but it is " + was);
        }
        OrderStatus now = was;
        if (!(was == next && (next == OrderStatus.PARTIALLY_FILLED || sameStatus))) now = was.transition(next);
        r[at + KIND] = withStatus(r[at + KIND], now);
        r[at + UPDATED] = e.time();
        switch (e) {
            case OrderEvent.Rejected x -> {
                if (reason[i >>> BITS] == null) reason[i >>> BITS] = new String[rows[i >>> BITS].length / FIELDS];
                reason[i >>> BITS][i & MASK] = x.reason();
            }
            case OrderEvent.Modified m -> {
                if (sentQuantities == null) sentQuantities = new java.util.HashMap<>();
                sentQuantities.putIfAbsent(i, r[at + QUANTITY]);
                r[at + QUANTITY] = Double.doubleToRawLongBits(m.quantity());
                long limit = Double.doubleToRawLongBits(m.limitPrice());
                long stop = Double.doubleToRawLongBits(m.stopPrice());
                if ((r[at + KIND] & PRICED) != 0 || limit != NO_PRICE || stop != NO_PRICE) {
                    r[at + KIND] |= PRICED;
                    price(i >>> BITS, i & MASK, limit, stop);
                }
                if (whole != null && whole.containsKey(i)) {
                    whole.put(i, whole.get(i).modified(m.quantity(), m.limitPrice(), m.stopPrice()));
                }
            }
            default -> { }
        }
        track(i, was, now);
    }

    /** Keeps the list of working orders as row {@code i} goes from {@code was} to {@code now}. */
    private void track(int i, OrderStatus was, OrderStatus now) {
        if (now.isOpen() && !was.isOpen()) {
            if (openCount == open.length) open = Arrays.copyOf(open, openCount * 2);
            open[openCount++] = i;
        }
        if (!now.isOpen() && was.isOpen()) {
            int j = 0;
            while (open[j] != i) j++;
            System.arraycopy(open, j + 1, open, j, openCount - j - 1);
            openCount--;
        }
    }

    public int size() { return size; }

    /** Order {@code id} as it stands now (modifications applied), or null when there is no such order. */
    public Order order(long id) { return id >= 1 && id <= size ? orderAt((int) id - 1, rows, tag, prices, whole, symbols, tags) : null; }

    /** The order of row {@code i}. */
    private static Order orderAt(int i, long[][] rows, String[][] tag, long[][] prices, java.util.Map<Integer, Order> whole,
            Dictionary symbols, Dictionary tags) {
        long[] r = rows[i >>> BITS];
        int at = (i & MASK) * FIELDS;
        long x = r[at + KIND];
        if ((x & WHOLE) != 0) return whole.get(i);
        int code = (int) (x >>> 32);
        long[] p = (x & PRICED) != 0 ? prices[i >>> BITS] : null;
        int k = 2 * (i & MASK);
        return new Order(i + 1, code == -1 ? null : symbols.value(code), SIDES[(int) x & 3], TYPES[(int) (x >>> 2) & 15],
                Double.longBitsToDouble(r[at + QUANTITY]), Double.longBitsToDouble(p == null ? NO_PRICE : p[k]),
                Double.longBitsToDouble(p == null ? NO_PRICE : p[k + 1]), TIFS[(int) (x >>> 6) & 15], Long.MAX_VALUE, Double.NaN, TrailUnit.NONE,
                (x & REDUCE) != 0, (x & POST) != 0, 0, 0, r[at + TIME], tagOf(x, i, tag, tags));
    }

    /** The tag of row {@code i}, whose first long is {@code x}. */
    private static String tagOf(long x, int i, String[][] tag, Dictionary tags) {
        if ((x & TAGGED) == 0) return "";
        if ((x & NULL_TAG) != 0) return null;
        int code = (int) (x >>> TAG_SHIFT) & 0xFF;
        return code != 0 ? tags.value(code - 1) : tag[i >>> BITS][i & MASK];
    }

    /** Order {@code id}'s status; it must exist. */
    public OrderStatus status(long id) {
        int i = (int) id - 1;
        return statusOf(rows[i >>> BITS][(i & MASK) * FIELDS + KIND]);
    }

    /** How much of order {@code id} has filled; it must exist. */
    public double filled(long id) {
        int i = (int) id - 1;
        return Double.longBitsToDouble(rows[i >>> BITS][(i & MASK) * FIELDS + FILLED]);
    }

    /** Whether the table has order {@code id}. */
    public boolean has(long id) { return id >= 1 && id <= size; }

    /** When order {@code id} was sent; it must exist. */
    public long sentTime(long id) { return field(id, TIME); }

    /** The quantity order {@code id} was sent with, before any modification; it must exist. */
    public double sentQuantity(long id) {
        Long sent = sentQuantities == null ? null : sentQuantities.get((int) id - 1);
        return Double.longBitsToDouble(sent != null ? sent : field(id, QUANTITY));
    }

    /** Order {@code id}'s side; it must exist. */
    public Side side(long id) { return SIDES[(int) field(id, KIND) & 3]; }

    /** Order {@code id}'s symbol; it must exist. */
    public String symbol(long id) {
        int code = (int) (field(id, KIND) >>> 32);
        return code == -1 ? null : symbols.value(code);
    }

    /** Field {@code f} of order {@code id}'s row. */
    private long field(long id, int f) {
        int i = (int) id - 1;
        return rows[i >>> BITS][(i & MASK) * FIELDS + f];
    }

    public int openCount() { return openCount; }

    /** Whether any working order is a bracket child (bracket children set a link: they are kept whole). */
    public boolean anyOpenChild() {
        if (whole == null) return false;
        for (int j = 0; j < openCount; j++) {
            Order o = whole.get(open[j]);
            if (o != null && o.isChild()) return true;
        }
        return false;
    }

    /** The orders still working, in id order (a copy: cancelling while iterating is safe). */
    public List<Order> openOrders() {
        if (openCount == 0) return List.of();
        int[] ids = Arrays.copyOf(open, openCount);
        Arrays.sort(ids);
        List<Order> out = new ArrayList<>(ids.length);
        for (int i : ids) out.add(orderAt(i, rows, tag, prices, whole, symbols, tags));
        return out;
    }

    /**
     * Every order's record as the table stands now, in id order: a read-only list that builds each record when read
     * from rows it shares with the table until the table next changes (then the table copies them), so it keeps this
     * moment's state without a record object per order.
     */
    public List<OrderRecord> records() {
        shared = size > 0;
        return new Records(rows, tag, prices, reason, whole, symbols, tags, size);
    }

    /** The records of the first {@code size} rows as they were when made. */
    private static final class Records extends AbstractList<OrderRecord> implements RandomAccess {
        private final long[][] rows;
        private final String[][] tag;
        private final long[][] prices;
        private final String[][] reason;
        private final java.util.Map<Integer, Order> whole;
        private final Dictionary symbols;
        private final Dictionary tags;
        private final int size;

        Records(long[][] rows, String[][] tag, long[][] prices, String[][] reason, java.util.Map<Integer, Order> whole,
                Dictionary symbols, Dictionary tags, int size) {
            this.rows = rows;
            this.tag = tag;
            this.prices = prices;
            this.reason = reason;
            this.whole = whole;
            this.symbols = symbols;
            this.tags = tags;
            this.size = size;
        }

        @Override
        public OrderRecord get(int i) {
            Objects.checkIndex(i, size);
            long[] r = rows[i >>> BITS];
            int at = (i & MASK) * FIELDS;
            double f = Double.longBitsToDouble(r[at + FILLED]);
            String why = reason[i >>> BITS] == null ? null : reason[i >>> BITS][i & MASK];
            return new OrderRecord(orderAt(i, rows, tag, prices, whole, symbols, tags), statusOf(r[at + KIND]), f,
                    f > 0 ? Double.longBitsToDouble(r[at + AVERAGE]) : Double.NaN, r[at + UPDATED], why == null ? "" : why);
        }

        @Override public int size() { return size; }
    }
}
