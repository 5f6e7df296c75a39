package dev.tradewind.engine.options;

import dev.tradewind.options.RecordedPrices;
import java.time.Duration;
import java.util.Objects;

/**
 * Recorded option quotes for a run's option desk ({@link OptionSettings#withRecordedPrices}), and the rules it trades
 * and marks by. At a bar that closes at {@code now}, a contract's quote is usable when it was taken in
 * {@code [now - maxAge, now]}: the latest such one counts, a later one never (no look-ahead), an older one never.
 * <ul>
 * <li>A buy fills at the usable quote's ask, a sell at its bid: no half spread is added (the fee per contract is still
 *     charged). The order's tag says so: {@code option (recorded)}, {@code close (recorded)}, {@code roll (recorded)}.</li>
 * <li>No usable quote on the order's side (no quote of the contract, or no bid for a sell, no ask for a buy, or a
 *     crossed quote): when the source has a usable quote of any contract of the same expiry, the market was recorded
 *     and did not show that price, so the order is <b>rejected</b> with the reason ({@code no recorded bid for SPX
 *     2019-06-28 2905 P at 2019-06-27T00:00Z ...}); when the expiry has no usable quote at all, the order fills at the
 *     model's price with the half spread, tagged {@code (modelled)}.</li>
 * <li>Open legs are marked at the usable quote's mid when it is two-sided, else at the model's price.</li>
 * <li>{@code ctx.options().chain(expiry)} lists the recorded strikes, with their mids as prices, when the expiry has
 *     usable quotes; else the model's strikes and prices.</li>
 * <li>Expiry settlement is unchanged: the intrinsic value from the underlying's close.</li>
 * </ul>
 * The desk counts fills and marks of each kind ({@code OptionDesk.pricing()}); the run logs them at its end.
 *
 * @param source where the quotes come from (the catalog's {@code CatalogPrices})
 * @param maxAge how old a quote may be at a bar's close to be used, at least 0
 */
public record RecordedPricing(RecordedPrices source, Duration maxAge) {

    public RecordedPricing {
        Objects.requireNonNull(source, "source");
        if (maxAge == null || maxAge.isNegative()) throw new IllegalArgumentException("the maximum age of a recorded quote must be >= 0, got " + maxAge);
    }

    /** {@link #maxAge} in nanoseconds. */
    public long maxAgeNanos() { return maxAge.toNanos(); }

    /** {@code recorded quotes from catalog DIR, SPX (at most 1d old)}. */
    public String label() { return "recorded quotes from " + source.name() + " (at most " + age(maxAge) + " old)"; }

    /** {@code 1d}, {@code 4h15m}, {@code 0s}; a fraction of a second as {@link Duration#toString()}. */
    static String age(Duration d) {
        if (d.getNano() != 0) return d.toString();
        long s = d.getSeconds();
        if (s == 0) return "0s";
        StringBuilder b = new StringBuilder();
        if (s >= 86_400) b.append(s / 86_400).append('d');
        if (s % 86_400 >= 3_600) b.append(s % 86_400 / 3_600).append('h');
        if (s % 3_600 >= 60) b.append(s % 3_600 / 60).append('m');
        if (s % 60 > 0) b.append(s % 60).append('s');
        return b.toString();
    }
}
