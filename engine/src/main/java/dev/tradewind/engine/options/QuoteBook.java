package dev.tradewind.engine.options;

import dev.tradewind.model.OptionContract;
import dev.tradewind.model.Side;
import dev.tradewind.options.Chain;
import dev.tradewind.options.RecordedPrices;
import dev.tradewind.options.RecordedQuote;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A run's desk reading recorded quotes by the rules of {@link RecordedPricing}, and counting how each fill and mark
 * was priced. {@link #mid} allocates nothing. Single-threaded (one per run).
 */
final class QuoteBook {
    /** An order's recorded price ({@code NaN}: none, and none of its expiry either: the model prices it), or why it is refused. */
    record Quoted(double price, String refusal) {}

    private static final Quoted MODEL = new Quoted(Double.NaN, null);

    private final RecordedPrices source;
    private final long maxAge;
    private final String label;
    private final RecordedQuote q = new RecordedQuote();
    private int fillsRecorded, fillsModelled, refused, marksRecorded, marksModelled;

    QuoteBook(RecordedPricing p) {
        this.source = p.source();
        this.maxAge = p.maxAgeNanos();
        this.label = "recorded quotes from " + source.name() + " (at most " + RecordedPricing.age(p.maxAge()) + " old";
    }

    /** The mid of {@code c}'s usable two-sided quote at {@code now}, else NaN. */
    double mid(OptionContract c, long now) {
        if (!source.quote(c.expiryDate(), c.strike(), c.type(), from(now), now, q)) return Double.NaN;
        return q.mid();
    }

    /** A leg was marked at the close, at a recorded mid or not. */
    void marked(boolean recorded) {
        if (recorded) marksRecorded++;
        else marksModelled++;
    }

    /**
     * What a {@code side} order of {@code c} fills at now: the recorded ask (buy) or bid (sell), the model, or a refusal
     * (counted).
     */
    Quoted order(OptionContract c, Side side, long now) {
        boolean found = source.quote(c.expiryDate(), c.strike(), c.type(), from(now), now, q);
        if (found && side == Side.BUY && q.hasAsk()) return new Quoted(q.ask(), null);
        if (found && side == Side.SELL && q.hasBid()) return new Quoted(q.bid(), null);
        if (!found && source.chain(c.expiryDate(), from(now), now) == null) return MODEL;
        refused++;
        String what = side == Side.BUY ? "ask" : "bid";
        String at = instant(now);
        return new Quoted(Double.NaN, found
                ? "no recorded " + what + " for " + c.symbol() + " at " + at + " (its quote of " + instant(q.time()) + ": bid "
                        + q.bid() + ", ask " + q.ask() + ")"
                : "no recorded " + what + " for " + c.symbol() + " at " + at + ": the contract is not in the recorded chain of "
                        + c.expiryDate());
    }

    /**
     * An order priced by {@link #order} at a recorded price or the model's is sent, to be filled ({@code fills}) or
     * refused for margin; returns its tag with how it was priced: {@code option (recorded)}, {@code close (modelled)}.
     */
    String filled(String tag, boolean recorded, boolean fills) {
        if (fills && recorded) fillsRecorded++;
        else if (fills) fillsModelled++;
        return tag + (recorded ? " (recorded)" : " (modelled)");
    }

    /** The recorded chain of {@code expiry} usable at {@code now}, or null. */
    Chain chain(LocalDate expiry, long now) { return source.chain(expiry, from(now), now); }

    /** {@code recorded quotes from X (at most 1d old; 3 fills recorded, 0 modelled; 12 marks recorded, 40 modelled), else modelled, M}. */
    String pricing(String model) {
        return label + "; " + fillsRecorded + " fills recorded, " + fillsModelled + " modelled; " + marksRecorded + " marks recorded, "
                + marksModelled + " modelled" + (refused > 0 ? "; " + refused + " orders refused for want of a recorded quote" : "")
                + "), else modelled, " + model;
    }

    private long from(long now) { return now - maxAge > now ? Long.MIN_VALUE : now - maxAge; }

    private static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }
}
