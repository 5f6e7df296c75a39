package dev.tradewind.runner;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.futures.FutureSettings;
import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.model.ExerciseStyle;
import dev.tradewind.model.Settlement;
import dev.tradewind.model.UserError;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import dev.tradewind.options.ChainVols;
import dev.tradewind.options.ExpiryCalendar;
import dev.tradewind.options.OptionDataException;
import dev.tradewind.options.VolSurface;
import dev.tradewind.strategy.Desk;
import dev.tradewind.strategy.NoDeskException;
import dev.tradewind.strategy.Strategy;
import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.options.CatalogPrices;
import dev.tradewind.catalog.options.OptionCatalog;
import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The option and futures desks of runs started from settings ({@code --options}, {@code --option-vol},
 * {@code --vol-surface}, {@code --futures}, or what a strategy declares with {@link Desk}): the settings resolved,
 * the engine given its desks, the label that says how the contracts were priced, and the one-line errors of a run
 * without the desk its strategy asks for.
 */
public final class Desks {
    /** The option expiry calendars a run can name, as {@code --options} takes them. */
    public static final List<String> CALENDARS = List.of("spxw", "spx", "nifty", "banknifty");
    /** The futures a run can name, as {@code --futures} takes them. */
    public static final List<String> FUTURES = List.of("es");
    /**
     * The starting cash of a command-line run with a desk when none is given: the margin of one short SPX straddle is
     * about 15% of 100 x the index (some 30,000 to 45,000 over 2016-2020), more than the 10,000 of other runs.
     */
    public static final double DEFAULT_CASH = 100_000;

    private Desks() {}

    /**
     * A run's desks, ready for the engine.
     *
     * @param config  the resolved settings (config.json's {@code desk}), or null for none
     * @param options the option desk's settings, or null
     * @param futures the futures desk's settings, or null
     * @param quotes  the option catalog recorded quotes are read from while the runs go, or null
     */
    public record Resolved(RunConfig.DeskConfig config, OptionSettings options, FutureSettings futures, OptionCatalog quotes)
            implements AutoCloseable {
        /** No desk. */
        public static final Resolved NONE = new Resolved(null, null, null, null);

        /** Closes the catalog of recorded quotes, if any, once no run reads it any more. */
        @Override
        public void close() {
            if (quotes != null) quotes.close();
        }

        /** {@code engine} with these desks. */
        public Engine on(Engine engine) {
            Engine e = engine;
            if (options != null) e = e.withOptions(options);
            if (futures != null) e = e.withFutures(futures);
            return e;
        }

        /**
         * How contracts are priced, for every report: {@code options: modelled, constant volatility 18%},
         * {@code futures: modelled, cost of carry (rate 2%, dividend yield 1.5%)}; null without a desk.
         */
        public String pricing() {
            String o = options == null ? null : "options: " + options.pricing();
            String f = futures == null ? null : String.format(Locale.ROOT, "futures: modelled, cost of carry (rate %s%%, dividend yield %s%%)",
                    percent(futures.rate()), percent(futures.dividendYield()));
            if (o != null && f != null) return o + "; " + f;
            return o != null ? o : f;
        }
    }

    /**
     * The desk settings of a run of {@code type}: those {@code given} (each field that is set) over what the strategy
     * declares ({@link Desk}); null when it has none. Every field the run uses is set in the result. Checks the values
     * and reads the surface file's fingerprint, but does not load it.
     *
     * @throws UserError for a bad value, a surface file that is missing or changed, or a volatility without options
     */
    public static RunConfig.DeskConfig config(RunConfig.DeskConfig given, Class<? extends Strategy> type) {
        Desk declared = type == null ? null : type.getAnnotation(Desk.class);
        String options = given != null && given.options() != null ? given.options() : declared != null && !declared.options().isEmpty() ? declared.options() : null;
        String futures = given != null && given.futures() != null ? given.futures() : declared != null && !declared.futures().isEmpty() ? declared.futures() : null;
        Double vol = given == null ? null : given.optionVol();
        String surface = given == null ? null : given.volSurface();
        if (options == null && (vol != null || surface != null)) {
            throw new UserError((vol != null ? "--option-vol" : "--vol-surface") + " prices options, but the run has none: add --options "
                    + String.join("|", CALENDARS));
        }
        String quotes = given == null ? null : given.optionQuotes();
        String age = given == null ? null : given.quoteMaxAge();
        if (quotes != null && options == null) {
            throw new UserError("--option-quotes trades options at recorded prices, but the run has none: add --options " + String.join("|", CALENDARS));
        }
        if (quotes == null && age != null) throw new UserError("--quote-max-age: give --option-quotes UNDERLYING too");
        if (options == null && futures == null) return null;
        if (options != null) options = choice(options, CALENDARS, "--options", "an expiry calendar");
        if (futures != null) futures = choice(futures, FUTURES, "--futures", "a futures contract");
        String sha = null;
        if (options != null) {
            if (vol != null && surface != null) throw new UserError("--option-vol and --vol-surface: give one of them, not both");
            if (surface != null) {
                Path file = Path.of(surface);
                if (!Files.isRegularFile(file)) throw new UserError("--vol-surface " + surface + ": no such file (a chain snapshot, e.g. sample-data/chains/spxw20190626.csv.gz)");
                sha = Fingerprint.sha256(file);
                if (given.volSurfaceSha256() != null && !given.volSurfaceSha256().equals(sha)) {
                    throw new UserError("--vol-surface " + surface + ": the file changed since the run was configured (sha256 " + sha
                            + ", config has " + given.volSurfaceSha256() + ")");
                }
            } else {
                if (vol == null) vol = declared != null && !declared.options().isEmpty() ? declared.volatility() : 0.18;
                if (!(vol > 0 && vol <= 5)) {
                    throw new UserError("--option-vol: expected an annual volatility above 0 and at most 5, such as 0.18 for 18%, got " + Num.plain(vol));
                }
            }
        }
        if (quotes != null) {
            quotes = quotes.strip().toUpperCase(Locale.ROOT);
            if (quotes.isEmpty()) throw new UserError("--option-quotes: expected the underlying of the recorded chains, such as SPX, got ''");
            if (age == null) age = "1d";
            maxAge(age);
        }
        return new RunConfig.DeskConfig(options, options == null ? null : vol, options == null ? null : surface, sha, futures, quotes, age);
    }

    /** A maximum quote age such as {@code 1d}, {@code 4h} or {@code 15m}. */
    static Duration maxAge(String text) {
        try {
            return Duration.ofNanos(Timeframe.parse(text).nanos());
        } catch (DataException e) {
            throw new UserError("--quote-max-age: expected how old a recorded quote may be, such as 1d, 4h or 15m, got '" + text + "'", e);
        }
    }

    /**
     * Recorded quotes of {@code underlying} from the catalog ({@code --catalog}'s default location: the
     * {@code tradewind.catalog} property, {@code $TRADEWIND_CATALOG}, else {@code ~/.tradewind/catalog}).
     */
    private static CatalogPrices prices(OptionCatalog catalog, String underlying, ZoneId zone) {
        CatalogPrices p = new CatalogPrices(catalog, underlying, zone);
        if (p.dateCount() == 0) {
            catalog.close();
            throw new UserError("--option-quotes " + underlying + ": the catalog at " + catalog.directory(underlying).getParent()
                    + " holds no option quotes of " + underlying + " (import chains first: tradewind data import-chain FILE...)");
        }
        return p;
    }

    /**
     * Whether a run of the strategy named {@code strategy} with {@code given} desk settings has a desk (given or
     * declared); false for a strategy that cannot be resolved (the run reports that).
     */
    public static boolean any(RunConfig.DeskConfig given, String strategy) {
        if (given != null && !given.isEmpty()) return true;
        if (strategy == null) return false;
        try {
            Desk d = StrategySource.resolve(strategy).type().getAnnotation(Desk.class);
            return d != null && !(d.options().isEmpty() && d.futures().isEmpty());
        } catch (UserError e) {
            return false;
        }
    }

    /**
     * Refuses a strategy that declares a desk in a run that cannot have one ({@code what}: "paper runs",
     * "portfolios"...): one line naming the strategy and what it needs.
     */
    public static void refuse(Class<? extends Strategy> type, String what) {
        Desk d = type.getAnnotation(Desk.class);
        if (d == null || (d.options().isEmpty() && d.futures().isEmpty())) return;
        throw new UserError(type.getSimpleName() + " trades " + (d.options().isEmpty() ? "futures" : "options")
                + ", which " + what + " do not simulate: backtest it (tradewind backtest)");
    }

    /** The settings of a resolved desk config ({@link #config}); loads a surface file. */
    public static Resolved of(RunConfig.DeskConfig desk) {
        if (desk == null || desk.isEmpty()) return Resolved.NONE;
        OptionSettings o = null;
        if (desk.options() != null) {
            String calendar = choice(desk.options(), CALENDARS, "--options", "an expiry calendar");
            o = options(calendar, desk.optionVol() != null ? desk.optionVol() : 0.18);
            if (desk.volSurface() != null) o = o.withVolatility(surface(Path.of(desk.volSurface())));
        }
        FutureSettings f = desk.futures() == null ? null : futures(choice(desk.futures(), FUTURES, "--futures", "a futures contract"));
        OptionCatalog catalog = null;
        if (o != null && desk.optionQuotes() != null) {
            catalog = OptionCatalog.open(Catalog.location(null));
            o = o.withRecordedPrices(prices(catalog, desk.optionQuotes(), calendar(o.calendar()).zone()),
                    maxAge(desk.quoteMaxAge() == null ? "1d" : desk.quoteMaxAge()));
        }
        return new Resolved(desk, o, f, catalog);
    }

    /** {@link #of} of {@link #config}: the desks of a run of {@code type} with {@code given} over its declaration. */
    public static Resolved resolve(RunConfig.DeskConfig given, Class<? extends Strategy> type) { return of(config(given, type)); }

    /**
     * The option settings of a calendar. SPXW and SPX: {@link OptionSettings#spxw} (SPX: the monthly, AM-settled
     * third-Friday calendar). NIFTY and BANKNIFTY: strikes every 50 and 100 points, the lot sizes of NSE's November 2024
     * revision (75 and 30) as multipliers, tick 0.05, a 1% half spread, 20 per contract, rate 6.5%, dividend yield 1.3%,
     * cash-settled, European, and the same 15%/10% margin rule.
     */
    static OptionSettings options(String calendar, double vol) {
        return switch (calendar) {
            case "spxw" -> OptionSettings.spxw(vol);
            case "spx" -> new OptionSettings("SPX", vol, 0.02, 0.015, 5, 60, 100, 0.05, 0.01, 0.65, 0.15, 0.10,
                    Settlement.CASH, ExerciseStyle.EUROPEAN);
            case "nifty" -> new OptionSettings("NIFTY", vol, 0.065, 0.013, 50, 60, 75, 0.05, 0.01, 20, 0.15, 0.10,
                    Settlement.CASH, ExerciseStyle.EUROPEAN);
            case "banknifty" -> new OptionSettings("BANKNIFTY", vol, 0.065, 0.013, 100, 60, 30, 0.05, 0.01, 20, 0.15, 0.10,
                    Settlement.CASH, ExerciseStyle.EUROPEAN);
            default -> throw new IllegalArgumentException(calendar);
        };
    }

    static FutureSettings futures(String name) {
        if (name.equals("es")) return FutureSettings.es();
        throw new IllegalArgumentException(name);
    }

    /** The volatility surface of a chain snapshot (SPXW layouts), labelled with the file's name. */
    static VolSurface surface(Path file) {
        try {
            ChainVols vols = ChainVols.solve(ChainLoader.load(file, ChainFormat.SPXW, ChainLoader.OnDuplicate.KEEP_FIRST), Double.NaN);
            return VolSurface.fromChain(vols, file.getFileName().toString());
        } catch (OptionDataException e) {
            throw new UserError("--vol-surface: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserError("--vol-surface " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code config} starting where its desks' expiry calendars start: no {@code from} becomes the latest first date of
     * the calendars (so a run over older data starts where contracts are listed); a {@code from} before it is refused.
     */
    public static RunConfig within(RunConfig config, ZoneId zone) {
        RunConfig.DeskConfig d = config.desk();
        if (d == null || d.isEmpty()) return config;
        Resolved r = of(new RunConfig.DeskConfig(d.options(), d.optionVol(), null, null, d.futures()));
        LocalDate start = null;
        String market = null;
        for (String m : new String[] {r.options() == null ? null : r.options().calendar(), r.futures() == null ? null : r.futures().calendar()}) {
            if (m == null) continue;
            LocalDate from = calendar(m).rangeFrom();
            if (start == null || from.isAfter(start)) {
                start = from;
                market = m;
            }
        }
        if (config.from() == null) return config.withFrom(start.toString());
        long given = TimeArg.parse(config.from(), zone, "--from");
        if (given < TimeArg.parse(start.toString(), zone, "--from")) {
            throw new UserError("--from " + config.from() + " is before the " + market + " expiry calendar, which lists contracts from "
                    + start + ": give --from " + start + " or later");
        }
        return config;
    }

    private static ExpiryCalendar calendar(String market) {
        try {
            return ExpiryCalendar.load(market);
        } catch (OptionDataException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a run that failed because {@code e} was thrown becomes: a {@link NoDeskException} is the one line naming the
     * setting to add; anything else is itself.
     */
    public static Throwable explain(Throwable e) {
        if (!(e instanceof NoDeskException n)) return e;
        return new UserError(n.options()
                ? "the strategy calls ctx.options() but the run has no options: add --options " + String.join("|", CALENDARS)
                        + " (e.g. --options spxw --option-vol 0.18)"
                : "the strategy calls ctx.futures() but the run has no futures: add --futures " + String.join("|", FUTURES), e);
    }

    private static String choice(String given, List<String> known, String option, String what) {
        String k = given.strip().toLowerCase(Locale.ROOT);
        if (!known.contains(k)) throw new UserError(option + ": expected " + what + ", one of " + String.join(", ", known) + ", got '" + given + "'");
        return k;
    }

    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
