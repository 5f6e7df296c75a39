package dev.tradewind.web;

import dev.tradewind.options.Chain;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import dev.tradewind.options.ChainSlice;
import dev.tradewind.options.ImpliedVol;
import dev.tradewind.options.OptionDataException;
import dev.tradewind.model.OptionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The option chain snapshots of {@code sample-data/chains/} (SPXW, Cboe's two layouts) and the volatility smile of an
 * expiry: each strike's call and put mid solved for a Black-76 volatility on the expiry's put-call parity forward, at
 * the discount rate the chain's own parity implies (the options module's {@link Chain#impliedRate}). A quote without
 * a fitting volatility (no bid, a mid below intrinsic) is listed with the solver's reason and left off the curve.
 * Chains are loaded once and kept. Thread-safe.
 */
final class Smiles {
    /** Expiries at least this far give the chain's parity rate (30 days). */
    static final double RATE_MIN_YEARS = 30 / 365.0;

    /** A snapshot as listed: its expiries, spot (null when the file has none) and parity rate. */
    record ChainView(String id, String underlying, String quoteTime, Double spot, double rate, List<String> expiries,
            int quotes, int duplicatesSkipped) {}

    /**
     * One strike: the mids and their volatilities (null when none fits, the solver's status then says why).
     */
    record Point(double strike, Double callMid, Double callIv, String callStatus, Double putMid, Double putIv, String putStatus) {}

    /**
     * The smile of one expiry.
     *
     * @param otm the out-of-the-money curve: puts below the forward, calls at and above it (what a smile usually shows)
     */
    record Smile(String chain, String expiry, double years, double rate, double forward, Double spot, int fitted,
            int unfitted, List<Point> points, List<double[]> otm) {}

    private final Path folder;
    private final Map<String, Chain> loaded = new ConcurrentHashMap<>();

    Smiles(Path folder) { this.folder = folder; }

    List<ChainView> list() {
        List<ChainView> out = new ArrayList<>();
        for (String id : ids()) {
            try {
                out.add(view(id, chain(id)));
            } catch (ApiError e) {
                // unreadable: left out of the list; GET /api/chains/{id} says why
            }
        }
        return out;
    }

    ChainView get(String id) { return view(id, chain(id)); }

    Smile smile(String id, String expiryText) {
        Chain chain = chain(id);
        if (expiryText == null || expiryText.isBlank()) throw ApiError.badRequest("expiry: required, one of " + chain.expiries());
        LocalDate expiry;
        try {
            expiry = LocalDate.parse(expiryText.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("expiry: expected a date like 2019-07-19, got '" + expiryText + "'");
        }
        if (!chain.expiries().contains(expiry)) {
            throw ApiError.notFound("expiry: " + id + " has no expiry " + expiry + "; it has " + chain.expiries());
        }
        ChainSlice s = chain.slice(expiry);
        double r = rate(chain);
        double f = s.forward(r);
        if (Double.isNaN(f)) throw ApiError.conflict(id + " " + expiry + ": no strike has a two-sided call and put, so no forward");
        List<Point> points = new ArrayList<>();
        List<double[]> otm = new ArrayList<>();
        int fitted = 0, unfitted = 0;
        for (int i = 0; i < s.size(); i++) {
            double k = s.strike(i);
            Double[] call = solve(s, OptionType.CALL, i, f, r);
            Double[] put = solve(s, OptionType.PUT, i, f, r);
            String callStatus = status(s, OptionType.CALL, i, f, r);
            String putStatus = status(s, OptionType.PUT, i, f, r);
            for (String st : new String[] {callStatus, putStatus}) {
                if (st == null) continue;
                if (st.equals("fit")) fitted++;
                else unfitted++;
            }
            points.add(new Point(k, call[0], call[1], callStatus, put[0], put[1], putStatus));
            Double iv = k < f ? put[1] : call[1];
            if (iv != null) otm.add(new double[] {k, iv});
        }
        return new Smile(id, expiry.toString(), s.years(), r, f, Double.isNaN(chain.spot()) ? null : chain.spot(), fitted,
                unfitted, points, otm);
    }

    /** {mid, vol}: null mid without a two-sided quote, null vol when none fits. */
    private static Double[] solve(ChainSlice s, OptionType type, int i, double f, double r) {
        double mid = s.mid(type, i);
        if (Double.isNaN(mid)) return new Double[] {null, null};
        ImpliedVol.Result res = s.impliedVolResult(type, i, f, r);
        return new Double[] {mid, res.status() == ImpliedVol.Status.FIT ? res.vol() : null};
    }

    /** fit, a reason in words, or null when the contract has no two-sided quote. */
    private static String status(ChainSlice s, OptionType type, int i, double f, double r) {
        if (Double.isNaN(s.mid(type, i))) return Double.isNaN(s.ask(type, i)) && Double.isNaN(s.bid(type, i)) ? null : "no two-sided quote";
        return switch (s.impliedVolResult(type, i, f, r).status()) {
            case FIT -> "fit";
            case AT_INTRINSIC -> "at intrinsic (volatility 0)";
            case BELOW_INTRINSIC -> "mid below intrinsic";
            case ABOVE_MAXIMUM -> "mid above the no-arbitrage maximum";
            case BAD_INPUT -> "bad input";
        };
    }

    private static double rate(Chain chain) {
        double r = chain.impliedRate(RATE_MIN_YEARS);
        return Double.isNaN(r) ? 0 : r;
    }

    private ChainView view(String id, Chain c) {
        return new ChainView(id, c.underlying(), c.quoteTime().toString(), Double.isNaN(c.spot()) ? null : c.spot(), rate(c),
                c.expiries().stream().map(LocalDate::toString).toList(), c.quoteCount(), c.duplicatesSkipped());
    }

    private List<String> ids() {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") || n.endsWith(".csv.gz")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private Chain chain(String id) {
        if (id == null || !ids().contains(id)) throw ApiError.notFound("unknown chain '" + id + "'; see GET /api/chains");
        Chain c = loaded.get(id);
        if (c != null) return c;
        try {
            c = ChainLoader.load(folder.resolve(id), ChainFormat.SPXW, ChainLoader.OnDuplicate.KEEP_FIRST);
        } catch (OptionDataException e) {
            throw ApiError.conflict(e.getMessage());
        }
        loaded.put(id, c);
        return c;
    }
}
