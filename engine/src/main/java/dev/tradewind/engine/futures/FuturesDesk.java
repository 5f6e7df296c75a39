package dev.tradewind.engine.futures;

import dev.tradewind.engine.account.ContractPnl;
import dev.tradewind.engine.account.PeriodPnl;
import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.engine.options.OptionDesk;
import dev.tradewind.model.Fill;
import dev.tradewind.model.FutureContract;
import dev.tradewind.model.FutureLeg;
import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;
import dev.tradewind.options.ExpiryCalendar;
import dev.tradewind.options.OptionDataException;
import dev.tradewind.strategy.Futures;
import dev.tradewind.strategy.Pnl;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A run's dated futures on its underlying: contracts listed from an expiry calendar's monthly expiries in the settings'
 * months, priced by cost of carry from the underlying's close ({@link FutureSettings}), traded at once at the model
 * price on the tick plus or minus the spread, and marked to market (variation settled into cash) at the model price on
 * the tick after the venue matched each bar, before the strategy's onBar, and again at the close. A leg whose expiry
 * time has passed by the bar's end settles for cash at the underlying's close of that bar (tag {@code final settlement},
 * no fee) before it is marked. Cash flows go through the run's {@link Portfolio}, so equity = cash + the rest of the
 * account at every mark; orders and fills are the run's, through {@link OptionDesk.Books}; each leg that goes back to
 * zero is a closed {@link Trade}. Single-threaded.
 */
public final class FuturesDesk implements Futures {
    private static final double NANOS_PER_YEAR = 365.0 * 86_400e9;

    /** What the desk needs from its run. */
    public record Links(Portfolio portfolio, OptionDesk.Books books, Consumer<Trade> closedTrade, PeriodPnl periods,
            Consumer<String> log) {}

    private final String underlying;
    private final FutureSettings s;
    private final ExpiryCalendar calendar;
    private final Links run;
    private final ContractPnl pnl;
    private final Map<String, FutureContract> contracts = new HashMap<>();
    private final ArrayList<Leg> legs = new ArrayList<>();
    private long now = Long.MIN_VALUE;
    private double spot = Double.NaN;
    private int bar = -1;

    public FuturesDesk(String underlying, FutureSettings settings, Links links) {
        this.underlying = underlying;
        this.s = settings;
        try {
            this.calendar = ExpiryCalendar.load(settings.calendar());
        } catch (OptionDataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        this.run = links;
        this.pnl = new ContractPnl(links.periods());
    }

    /** A bar closes at {@code end} at {@code close}: the time and price contracts are priced at from now on. */
    public void atBar(int index, long end, double close) {
        if (bar < 0) run.log().accept(s.describe(underlying));
        bar = index;
        now = end;
        spot = close;
    }

    /** Settles every leg whose expiry has passed by now at the underlying's price, then marks the others. */
    public void settle() {
        if (legs.isEmpty()) return;
        for (int i = legs.size() - 1; i >= 0; i--) {
            Leg l = legs.get(i);
            if (l.expiry > now) continue;
            run.books().execute(l.symbol, l.quantity > 0 ? Side.SELL : Side.BUY, Math.abs(l.quantity), spot, 0,
                    "final settlement", null);
        }
        mark();
    }

    /** Marks the open legs to market: each one's variation since its last mark is paid into (or out of) cash. */
    public void mark() {
        if (legs.isEmpty()) return;
        double variation = 0;
        for (int i = 0; i < legs.size(); i++) {
            Leg l = legs.get(i);
            double p = markPrice(l.expiry);
            variation += l.settleTo(p);
            l.track(pnl);
        }
        run.portfolio().optionCash(variation, 0, 0);
    }

    /** Whether {@code symbol} is one of this desk's contracts. */
    public boolean owns(String symbol) { return contracts.containsKey(symbol); }

    /** Books a fill: variation to the fill price, the fee, the leg, a closed trade when it goes flat, then a mark. */
    public void apply(Fill f) {
        FutureContract c = contracts.get(f.symbol());
        ContractPnl.Entry entry = pnl.entry(c.symbol());
        Leg l = leg(c.symbol());
        if (l == null) {
            l = new Leg(c, expiryNanos(c.expiryDate()), entry, f.time(), bar);
            legs.add(l);
        }
        double dq = f.side().sign() * f.quantity();
        double variation = l.settleTo(f.price());
        double realized = l.fill(dq, f.price(), f.fee());
        pnl.realize(entry, realized - f.fee());
        run.portfolio().optionCash(variation, f.fee(), realized);
        if (l.quantity == 0) {
            legs.remove(l);
            pnl.open(entry, 0);
            run.closedTrade().accept(l.trade(f.time(), bar));
            double rest = Math.abs(dq) - l.closed;
            if (rest > 1e-12) { // a reversal opens the other side with what is left
                Leg n = new Leg(c, l.expiry, entry, f.time(), bar);
                n.settle = f.price();
                n.fill(Math.signum(dq) * rest, f.price(), 0);
                legs.add(n);
            }
        }
        if (l.expiry > now) mark();
    }

    // ---- Futures

    @Override public String underlying() { return underlying; }

    @Override
    public LocalDate today() {
        started();
        return Instant.ofEpochSecond(0, now - 1).atZone(calendar.zone()).toLocalDate();
    }

    @Override
    public LocalDate expiryOnOrAfter(LocalDate date) {
        LocalDate d = calendar.nextMonthly(date);
        while (!s.lists(d.getMonthValue())) d = calendar.nextMonthly(d.plusDays(1));
        return d;
    }

    @Override
    public LocalDate front() {
        LocalDate d = expiryOnOrAfter(today());
        return expiryNanos(d) > now ? d : next(d);
    }

    @Override public LocalDate next(LocalDate expiry) { return expiryOnOrAfter(expiry.plusDays(1)); }

    @Override
    public int tradingDaysTo(LocalDate expiry) {
        int n = 0;
        for (LocalDate d = today().plusDays(1); !d.isAfter(expiry); d = d.plusDays(1)) if (calendar.isTradingDay(d)) n++;
        return n;
    }

    @Override public long expiryTime(LocalDate expiry) { return expiryNanos(expiry); }

    @Override public FutureContract contract(LocalDate expiry) { return listed(expiry); }

    @Override
    public double price(LocalDate expiry) {
        started();
        return model(expiryNanos(listed(expiry).expiryDate()));
    }

    @Override public long buy(LocalDate expiry, double quantity) { return trade(expiry, quantity, Side.BUY, "future"); }

    @Override public long sell(LocalDate expiry, double quantity) { return trade(expiry, quantity, Side.SELL, "future"); }

    @Override
    public List<FutureLeg> legs() {
        List<FutureLeg> out = new ArrayList<>(legs.size());
        for (Leg l : legs) out.add(new FutureLeg(l.contract, l.quantity, l.entryPrice, l.entryTime, markPrice(l.expiry)));
        return out;
    }

    @Override
    public double marginUsed() {
        double n = 0;
        for (Leg l : legs) n += Math.abs(l.quantity);
        return n * s.initialMargin();
    }

    @Override
    public long close(FutureLeg leg) {
        Leg l = leg(leg.contract().symbol());
        if (l == null) return 0;
        return trade(l.contract.expiryDate(), Math.abs(l.quantity), l.quantity > 0 ? Side.SELL : Side.BUY, "close");
    }

    @Override
    public void closeAll() {
        for (FutureLeg l : legs()) close(l);
    }

    @Override
    public long roll(FutureLeg leg, LocalDate expiry) {
        Leg l = leg(leg.contract().symbol());
        if (l == null) return 0;
        if (expiry.equals(l.contract.expiryDate())) throw new IllegalArgumentException("a roll goes to another contract, not " + expiry);
        checkTradable(listed(expiry));
        double q = l.quantity;
        close(leg);
        if (leg(l.symbol) != null) return 0; // the close was refused: nothing to reopen
        return trade(expiry, Math.abs(q), q > 0 ? Side.BUY : Side.SELL, "roll");
    }

    @Override public Pnl pnl() { return pnl.pnl(); }

    @Override public Pnl pnl(FutureContract contract) { return pnl.pnl(contract.symbol()); }

    // ---- pricing, margin, orders

    private long trade(LocalDate expiry, double quantity, Side side, String tag) {
        started();
        FutureContract c = listed(expiry);
        checkTradable(c);
        if (!(quantity > 0) || Double.isInfinite(quantity)) throw new IllegalArgumentException("futures quantity must be > 0, got " + quantity);
        if (quantity != Math.rint(quantity)) throw new IllegalArgumentException("futures trade in whole contracts, got " + quantity);
        contracts.putIfAbsent(c.symbol(), c);
        double tick = s.tick();
        double model = model(expiryNanos(c.expiryDate()));
        double price = side == Side.BUY ? (Math.ceil(model / tick - 1e-9) + s.spreadTicks()) * tick
                : (Math.floor(model / tick + 1e-9) - s.spreadTicks()) * tick;
        price = Math.rint(price * 1e8) / 1e8;
        double fee = s.feePerContract() * quantity;
        return run.books().execute(c.symbol(), side, quantity, price, fee, tag, refusal(c, side.sign() * quantity, fee));
    }

    /** Why the account cannot carry the legs after this trade, or null. */
    private String refusal(FutureContract c, double dq, double fee) {
        Leg l = leg(c.symbol());
        double before = l == null ? 0 : l.quantity;
        double held = marginUsed() / Math.max(s.initialMargin(), Double.MIN_VALUE);
        double after = held - Math.abs(before) + Math.abs(before + dq);
        if (after <= held || s.initialMargin() == 0) return null; // the trade adds no contracts
        double required = after * s.initialMargin();
        double equity = run.portfolio().equity() - fee;
        if (equity >= required) return null;
        return String.format(Locale.ROOT, "initial margin %.2f for %s futures contracts would exceed equity %.2f", required,
                trim(after), equity);
    }

    private static String trim(double x) { return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x); }

    /** The model price: cost of carry from the underlying's price now to the expiry at {@code expiry} (epoch ns). */
    private double model(long expiry) {
        double t = Math.max(0, expiry - now) / NANOS_PER_YEAR;
        return spot * Math.exp((s.rate() - s.dividendYield()) * t);
    }

    /** The price legs are marked at: the model price on the nearest tick (a daily settlement price). */
    private double markPrice(long expiry) {
        return Math.rint(Math.rint(model(expiry) / s.tick()) * s.tick() * 1e8) / 1e8;
    }

    private long expiryNanos(LocalDate expiry) {
        Instant at = calendar.expiryTime(expiry).toInstant();
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private FutureContract listed(LocalDate expiry) {
        if (!calendar.isMonthly(expiry) || !s.lists(expiry.getMonthValue())) {
            throw new IllegalArgumentException(expiry + " is not an expiry of " + s.root() + " futures (" + calendar.market()
                    + " monthly expiries in the listed months)");
        }
        FutureContract c = contracts.get(s.root() + " " + expiry);
        if (c != null) return c;
        return new FutureContract(s.root(), expiry, calendar.expiryTime(expiry).toLocalTime(), calendar.zone(), s.multiplier(), s.tick());
    }

    private void started() {
        if (bar < 0) throw new IllegalStateException("futures are priced and traded from the first bar on, not in onStart");
    }

    private void checkTradable(FutureContract c) {
        if (expiryNanos(c.expiryDate()) <= now) throw new IllegalArgumentException("futures contract " + c.symbol() + " has expired");
    }

    private Leg leg(String symbol) {
        for (int i = 0; i < legs.size(); i++) if (legs.get(i).symbol.equals(symbol)) return legs.get(i);
        return null;
    }
}
