package dev.tradewind.options;

import dev.tradewind.model.OptionType;
import java.time.LocalDate;

/**
 * Recorded option quotes of one underlying, read by a run's option desk: a one-way port (the desk asks, the source
 * answers, nothing calls back). The catalog's {@code CatalogPrices} implements it; a run reads it through
 * {@code OptionSettings.withRecordedPrices}. Times are epoch ns, UTC.
 *
 * <p>Implementations are thread-safe, and {@link #quote} allocates nothing once the data of the dates it looks in are
 * loaded (it is called for every open leg at every bar).
 */
public interface RecordedPrices {
    /** Where the quotes come from, for reports: {@code catalog /data/catalog, SPX}. */
    String name();

    /**
     * The latest recorded quote of the contract taken at a time in {@code [from, to]}, written into {@code into}.
     *
     * @return false (and {@code into} unchanged) when the source holds no quote of that contract in that window
     */
    boolean quote(LocalDate expiry, double strike, OptionType type, long from, long to, RecordedQuote into);

    /**
     * The quotes of {@code expiry} at the latest time in {@code [from, to]} at which that expiry has any (one chain
     * with that expiry only, its spot the underlying's price recorded with them, NaN when none), or null when there is
     * none in the window. Cold path: it allocates.
     */
    Chain chain(LocalDate expiry, long from, long to);
}
