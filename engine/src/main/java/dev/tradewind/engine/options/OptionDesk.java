package dev.tradewind.engine.options;

import dev.tradewind.engine.account.ContractPnl;
import dev.tradewind.engine.account.PeriodPnl;
import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.model.Fill;
import dev.tradewind.model.OptionContract;
import dev.tradewind.model.OptionLeg;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.Settlement;
import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;
import dev.tradewind.options.ExpiryCalendar;
import dev.tradewind.options.OptionDataException;
import dev.tradewind.strategy.OptionChain;
import dev.tradewind.strategy.Options;
import dev.tradewind.strategy.Pnl;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A run's options on its underlying: contracts listed from an expiry calendar, priced by the model at each bar's close,
 * traded at once at the model price plus or minus half the spread, marked at every close into the account's equity,
 * (or, with recorded quotes, traded at their bid or ask and marked at their mid where usable: {@link RecordedPricing}),
 * and settled when their expiry has passed (before the strategy's onBar of that bar) at their intrinsic value from
 * the bar's close. Cash flows go through the run's {@link Portfolio}; orders and fills are the run's, through
 * {@link Books}; each leg that goes back to zero is a closed {@link Trade}.
 */
public final class OptionDesk implements Options {
    private static final double NANOS_PER_YEAR = 365.0 * 86_400e9;

    /** What the desk needs from its run. */
    public interface Books {
        /**
         * Records an order for {@code symbol} at the current time and executes it now at {@code price} with {@code fee}
         * (its fill comes back through {@link #apply}), or rejects it with {@code refusal}; returns the order id.
         */
        long execute(String symbol, Side side, double quantity, double price, double fee, String tag, String refusal);
    }

    private final String underlying;
    private final OptionSettings s;
    private final ExpiryCalendar calendar;
    private final Portfolio portfolio;
    private final Books books;
    private final Consumer<Trade> closedTrade;
    private final Map<String, OptionContract> contracts = new HashMap<>();
    private final Map<String, Leg> legs = new LinkedHashMap<>();
    private long now = Long.MIN_VALUE;
    private double spot = Double.NaN;
    private int bar = -1;
    private ContractPnl pnl;
    private final QuoteBook book; // recorded quotes, or null: every price modelled

    public OptionDesk(String underlying, OptionSettings settings, Portfolio portfolio, Books books, Consumer<Trade> closedTrade) {
        this.underlying = underlying;
        this.s = settings;
        try {
            this.calendar = ExpiryCalendar.load(settings.calendar());
        } catch (OptionDataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        this.portfolio = portfolio;
        this.books = books;
        this.closedTrade = closedTrade;
        this.book = settings.recorded() == null ? null : new QuoteBook(settings.recorded());
    }

    /**
     * How this desk's prices were made, for reports: {@link OptionSettings#pricing()}, and with recorded quotes the
     * counts so far ({@code recorded quotes from X (at most 1d old; 3 fills recorded, 0 modelled; 12 marks recorded,
     * 40 modelled), else modelled, constant volatility 18%}).
     */
    public String pricing() { return book == null ? s.pricing() : book.pricing(s.model().label()); }

    /** Whether this desk reads recorded quotes. */
    public boolean recorded() { return book != null; }

    /** Keeps PnL by period per contract and for all options, with the account's periods ({@link #pnl(OptionContract)}). */
    public void pnlBy(PeriodPnl periods) { pnl = new ContractPnl(periods); }

    /** A bar closes at {@code end} at {@code close}: the time and price contracts are priced at from now on. */
    public void atBar(int index, long end, double close) {
        bar = index;
        now = end;
        spot = close;
    }

    /** Settles every leg whose expiry has passed by now, at its intrinsic value. */
    public void settle() {
        if (legs.isEmpty()) return;
        for (Leg l : new ArrayList<>(legs.values())) {
            OptionContract c = l.contract;
            if (expiryNanos(c.expiryDate()) > now) continue;
            double intrinsic = c.intrinsic(spot);
            boolean wasLong = l.quantity > 0; // read before the closing fill empties the leg
            Side side = wasLong ? Side.SELL : Side.BUY;
            double q = Math.abs(l.quantity);
            boolean assign = c.settlement() == Settlement.PHYSICAL && intrinsic > 0;
            books.execute(c.symbol(), side, q, intrinsic, 0, intrinsic > 0 ? (assign ? "exercise" : "cash settlement") : "expired worthless", null);
            if (assign) {
                // exercise: the holder of a call buys (of a put sells) the underlying at the strike, the writer the reverse;
                // booked as the option closing at its intrinsic value and the underlying trading at the settlement price
                Side underlyingSide = wasLong == (c.type() == OptionType.CALL) ? Side.BUY : Side.SELL;
                books.execute(underlying, underlyingSide, q * c.multiplier(), spot, 0, "assignment of " + c.symbol(), null);
            }
        }
    }

    /** Marks the open legs at the close into the account's equity. */
    public void mark() { revalue(true); }

    /** Values the open legs into the account's equity; {@code close}: at the bar's close (counted as marks). */
    private void revalue(boolean close) {
        if (legs.isEmpty()) { // no iterator per bar while flat
            portfolio.optionValue(0);
            return;
        }
        double v = 0;
        for (Leg l : legs.values()) {
            double p = price(l.contract, close);
            l.price = p;
            v += l.quantity * p * l.contract.multiplier();
            double open = l.quantity * (p - l.entryPrice) * l.contract.multiplier();
            if (l.entry != null) pnl.open(l.entry, open);
            l.mae = Math.min(l.mae, l.gross + open);
            l.mfe = Math.max(l.mfe, l.gross + open);
        }
        portfolio.optionValue(v);
    }

    /** Whether {@code symbol} is one of this desk's contracts. */
    public boolean owns(String symbol) { return contracts.containsKey(symbol); }

    /** Books a fill of one of this desk's contracts: premium, fee, the leg, and a closed trade when it goes flat. */
    public void apply(Fill f) {
        OptionContract c = contracts.get(f.symbol());
        double m = c.multiplier();
        double dq = f.side().sign() * f.quantity();
        double price = f.price();
        Leg l = legs.get(c.symbol());
        double realized = 0;
        ContractPnl.Entry entry = pnl == null ? null : pnl.entry(c.symbol());
        if (l == null) {
            l = new Leg(c, f.time(), bar);
            l.entry = entry;
            legs.put(c.symbol(), l);
        }
        l.costs += f.fee();
        if (l.quantity == 0 || Math.signum(l.quantity) == Math.signum(dq)) {
            if (l.quantity == 0) l.sign = Math.signum(dq);
            l.entryPrice = (l.entryPrice * Math.abs(l.quantity) + price * Math.abs(dq)) / (Math.abs(l.quantity) + Math.abs(dq));
            l.quantity += dq;
            l.maxQuantity = Math.max(l.maxQuantity, Math.abs(l.quantity));
        } else {
            double closing = Math.min(Math.abs(dq), Math.abs(l.quantity));
            realized = closing * (price - l.entryPrice) * Math.signum(l.quantity) * m;
            l.gross += realized;
            l.exitValue += closing * price;
            l.exitQuantity += closing;
            l.quantity += Math.signum(dq) * closing;
            if (Math.abs(l.quantity) < 1e-12) l.quantity = 0;
            double rest = Math.abs(dq) - closing;
            if (l.quantity == 0) {
                legs.remove(c.symbol());
                if (entry != null) pnl.open(entry, 0);
                closedTrade.accept(l.trade(f.time(), bar));
                if (rest > 0) { // a reversal opens the other side with what is left
                    Leg n = new Leg(c, f.time(), bar);
                    n.quantity = Math.signum(dq) * rest;
                    n.sign = Math.signum(dq);
                    n.entryPrice = price;
                    n.maxQuantity = rest;
                    n.entry = entry;
                    legs.put(c.symbol(), n);
                }
            }
        }
        portfolio.optionCash(-dq * price * m, f.fee(), realized);
        if (entry != null) pnl.realize(entry, realized - f.fee());
        revalue(false);
    }

    // ---- Options

    @Override public String underlying() { return underlying; }

    @Override
    public LocalDate today() {
        return Instant.ofEpochSecond(0, now - 1).atZone(calendar.zone()).toLocalDate();
    }

    @Override public LocalDate expiryOnOrAfter(LocalDate date) { return calendar.onOrAfter(date); }

    @Override public LocalDate monthlyExpiryOnOrAfter(LocalDate date) { return calendar.nextMonthly(date); }

    @Override public long daysTo(LocalDate expiry) { return ChronoUnit.DAYS.between(today(), expiry); }

    @Override public long expiryTime(LocalDate expiry) { return expiryNanos(expiry); }

    @Override
    public OptionChain chain(LocalDate expiry) {
        checkExpiry(expiry);
        ModelChain model = new ModelChain(expiry, spot, years(expiry), s);
        dev.tradewind.options.Chain recorded = book == null ? null : book.chain(expiry, now);
        return recorded == null ? model : new RecordedChain(recorded.slice(expiry), model, s.rate());
    }

    @Override public long buy(OptionType type, LocalDate expiry, double strike, double quantity) { return trade(type, expiry, strike, quantity, Side.BUY, "option"); }

    @Override public long sell(OptionType type, LocalDate expiry, double strike, double quantity) { return trade(type, expiry, strike, quantity, Side.SELL, "option"); }

    @Override
    public List<OptionLeg> legs() {
        List<OptionLeg> out = new ArrayList<>(legs.size());
        for (Leg l : legs.values()) out.add(new OptionLeg(l.contract, l.quantity, l.entryPrice, l.entryTime, price(l.contract)));
        return out;
    }

    @Override
    public double value() {
        double v = 0;
        for (Leg l : legs.values()) v += l.quantity * price(l.contract) * l.contract.multiplier();
        return v;
    }

    @Override
    public double marginUsed() {
        double total = 0;
        for (Leg l : legs.values()) total += margin(l.contract, l.quantity);
        return total;
    }

    @Override
    public long close(OptionLeg leg) {
        Leg l = legs.get(leg.contract().symbol());
        if (l == null) return 0;
        OptionContract c = l.contract;
        return trade(c.type(), c.expiryDate(), c.strike(), Math.abs(l.quantity), l.quantity > 0 ? Side.SELL : Side.BUY, "close");
    }

    @Override
    public void closeAll() {
        for (OptionLeg l : legs()) close(l);
    }

    @Override
    public long roll(OptionLeg leg, LocalDate expiry) {
        Leg l = legs.get(leg.contract().symbol());
        if (l == null) return 0;
        checkExpiry(expiry);
        OptionContract c = l.contract;
        double q = l.quantity;
        close(leg);
        if (legs.containsKey(c.symbol())) return 0; // the close was refused: nothing to reopen
        return trade(c.type(), expiry, c.strike(), Math.abs(q), q > 0 ? Side.BUY : Side.SELL, "roll");
    }

    @Override
    public Pnl pnl() { return periods().pnl(); }

    @Override
    public Pnl pnl(OptionContract contract) { return periods().pnl(contract.symbol()); }

    private ContractPnl periods() {
        if (pnl == null) throw new IllegalStateException("this option desk keeps no PnL by period (see pnlBy)");
        return pnl;
    }

    // ---- pricing, margin, orders

    private long trade(OptionType type, LocalDate expiry, double strike, double quantity, Side side, String tag) {
        checkExpiry(expiry);
        if (!(quantity > 0)) throw new IllegalArgumentException("option quantity must be > 0, got " + quantity);
        OptionContract c = contract(type, expiry, strike);
        double fee = s.feePerContract() * quantity;
        QuoteBook.Quoted quoted = book == null ? null : book.order(c, side, now);
        if (quoted != null && quoted.refusal() != null) {
            return books.execute(c.symbol(), side, quantity, 0, fee, tag + " (no recorded quote)", quoted.refusal());
        }
        boolean recorded = quoted != null && !Double.isNaN(quoted.price());
        double price = Math.rint((recorded ? quoted.price() : modelFill(c, side)) * 1e8) / 1e8;
        String refusal = refusal(c, side.sign() * quantity, fee);
        if (book != null) tag = book.filled(tag, recorded, refusal == null);
        return books.execute(c.symbol(), side, quantity, price, fee, tag, refusal);
    }

    /** The model's price plus (a buy) or minus (a sell) the half spread, rounded against the trader to the tick. */
    private double modelFill(OptionContract c, Side side) {
        double model = price(c);
        return side == Side.BUY ? Math.ceil(model * (1 + s.halfSpread()) / s.tick() - 1e-9) * s.tick()
                : Math.max(0, Math.floor(model * (1 - s.halfSpread()) / s.tick() + 1e-9) * s.tick());
    }

    /** Why the account cannot hold the short legs after this trade, or null. */
    private String refusal(OptionContract c, double dq, double fee) {
        Leg l = legs.get(c.symbol());
        double before = l == null ? 0 : l.quantity;
        double required = marginUsed() - margin(c, before) + margin(c, before + dq);
        if (required <= marginUsed()) return null; // the trade does not add margin
        double equity = portfolio.equity() - fee;
        if (equity >= required) return null;
        return String.format(java.util.Locale.ROOT, "margin %.2f for the short options would exceed equity %.2f", required, equity);
    }

    /** The margin a position of {@code quantity} contracts of {@code c} holds (0 unless short). */
    private double margin(OptionContract c, double quantity) {
        if (quantity >= 0) return 0;
        double otm = Math.max(0, c.type() == OptionType.CALL ? c.strike() - spot : spot - c.strike());
        double perUnit = price(c) + Math.max(s.shortMarginRate() * spot - otm, s.minimumMarginRate() * spot);
        return -quantity * perUnit * c.multiplier();
    }

    private double price(OptionContract c) { return price(c, false); }

    /** {@code c}'s value per unit now: its recorded mid where usable, else the model's; {@code count}: a mark at the close. */
    private double price(OptionContract c, boolean count) {
        double t = years(c.expiryDate());
        if (t <= 0) return c.intrinsic(spot);
        if (book != null) {
            double mid = book.mid(c, now);
            if (count) book.marked(!Double.isNaN(mid));
            if (!Double.isNaN(mid)) return mid;
        }
        double vol = s.vol(c.strike(), spot * Math.exp((s.rate() - s.dividendYield()) * t), t);
        return dev.tradewind.options.BlackScholes.price(c.type(), spot, c.strike(), t, vol, s.rate(), s.dividendYield());
    }

    private double years(LocalDate expiry) { return Math.max(0, expiryNanos(expiry) - now) / NANOS_PER_YEAR; }

    private long expiryNanos(LocalDate expiry) {
        Instant at = calendar.expiryTime(expiry).toInstant();
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private void checkExpiry(LocalDate expiry) {
        if (!calendar.isExpiry(expiry)) throw new IllegalArgumentException(expiry + " is not an expiry of " + calendar.market());
        if (expiryNanos(expiry) <= now) throw new IllegalArgumentException("expiry " + expiry + " has passed");
    }

    private OptionContract contract(OptionType type, LocalDate expiry, double strike) {
        OptionContract c = new OptionContract(underlying, expiry, calendar.expiryTime(expiry).toLocalTime(), calendar.zone(),
                strike, type, s.multiplier(), s.exercise(), s.settlement());
        contracts.putIfAbsent(c.symbol(), c);
        return contracts.get(c.symbol());
    }

    /** One open leg, mutable while it lives. */
    private static final class Leg {
        final OptionContract contract;
        final long entryTime;
        final int entryBar;
        double quantity;
        double entryPrice;
        double maxQuantity;
        double price = Double.NaN;
        double gross;
        double costs;
        double exitValue;
        double exitQuantity;
        double mae;
        double mfe;
        double sign; // +1 opened long, -1 opened short
        ContractPnl.Entry entry; // its contract's PnL by period, or null

        Leg(OptionContract contract, long entryTime, int entryBar) {
            this.contract = contract;
            this.entryTime = entryTime;
            this.entryBar = entryBar;
        }

        /** The closed round trip (its id is given by the run's trade list). */
        Trade trade(long exitTime, int exitBar) {
            return new Trade(0, contract.symbol(), sign > 0 ? Side.BUY : Side.SELL, maxQuantity, entryTime,
                    entryPrice, exitTime, exitValue / exitQuantity, gross, costs, gross - costs, Math.min(mae, 0),
                    Math.max(mfe, 0), exitBar - entryBar);
        }
    }
}
