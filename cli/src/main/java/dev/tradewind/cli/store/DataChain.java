package dev.tradewind.cli.store;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.catalog.options.OptionBar;
import dev.tradewind.catalog.options.OptionCatalog;
import dev.tradewind.catalog.options.OptionFilter;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.UserError;
import dev.tradewind.options.Chain;
import dev.tradewind.options.ChainVols;
import dev.tradewind.runner.Json;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind data chain}: an option chain from the catalog, as of a time. */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = "Print an underlying's option chain as of a time from the catalog (the latest snapshot at or before "
                + "--at), one line per expiry and strike with the call's and the put's bid, ask, last, volume, open "
                + "interest and implied volatility (Black-76 on the expiry's put-call parity forward, at the rate the "
                + "snapshot's parity implies).")
final class DataChain implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataCommand.Location catalog;

    @Option(names = "--underlying", paramLabel = "SYMBOL", description = "the underlying (default: SPX)")
    String underlying = "SPX";

    @Option(names = "--at", required = true, paramLabel = "TIME",
            description = "YYYY-MM-DD (the day's last snapshot), YYYY-MM-DDTHH:MM[:SS] in --zone, or an instant with Z or an offset")
    String at;

    @Option(names = "--zone", paramLabel = "ZONE", description = "the zone of --at and of the times printed (default: America/New_York)")
    ZoneId zone = ZoneId.of("America/New_York");

    @Option(names = "--expiry", paramLabel = "DATE[:DATE]", description = "one expiry, or a range FROM:TO (inclusive; either side may be empty)")
    String expiry;

    @Option(names = "--strikes", paramLabel = "MIN:MAX", description = "strikes from MIN to MAX, inclusive (either side may be empty)")
    String strikes;

    @Option(names = "--type", paramLabel = "call|put", description = "calls or puts only")
    String type;

    @Option(names = "--json", description = "print the rows as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        long when = parseAt();
        OptionFilter filter = filter();
        List<OptionBar> rows, all;
        try (OptionCatalog c = OptionCatalog.open(Catalog.location(catalog.dir))) {
            rows = c.chainAt(filter, when);
            all = rows.isEmpty() ? rows : c.chainAt(OptionFilter.all(underlying), when);
        } catch (CatalogException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new UserError("catalog: no " + underlying + " option quotes " + (all.isEmpty() ? "at or before " + at
                    : "match --expiry/--strikes/--type at " + at) + "; import some with: tradewind data import-chain FILE");
        }
        Map<String, Double> iv = new HashMap<>();
        Map<LocalDate, Double> forwards = new HashMap<>();
        double rate = Double.NaN;
        Chain chain = OptionCatalog.toChain(underlying, all, zone);
        try {
            ChainVols vols = ChainVols.solve(chain, Double.NaN);
            rate = vols.rate();
            for (ChainVols.Point p : vols.points()) {
                iv.put(key(p.expiry(), p.strike(), p.type()), p.result().vol());
                forwards.put(p.expiry(), p.forward());
            }
        } catch (IllegalArgumentException e) {
            // no expiry of 30 days or more: no parity rate, so no volatilities; the quotes still print
        }
        return json ? printJson(rows, iv) : printTable(chain, rows, iv, forwards, rate);
    }

    private int printTable(Chain chain, List<OptionBar> rows, Map<String, Double> iv, Map<LocalDate, Double> forwards, double rate) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s options at %s (snapshot %s), %d contracts%s%n", underlying, at,
                chain.quoteTime().toLocalDateTime() + " " + zone, rows.size(),
                Double.isNaN(chain.spot()) ? "" : String.format(Locale.ROOT, ", underlying %.2f", chain.spot())));
        if (!Double.isNaN(rate)) out.append(String.format(Locale.ROOT, "rate %.3f%% (put-call parity), IV: Black-76 on each expiry's parity forward%n", 100 * rate));
        // one line per expiry and strike: call | put
        TreeMap<LocalDate, TreeMap<Double, OptionBar[]>> grid = new TreeMap<>();
        for (OptionBar b : rows) {
            grid.computeIfAbsent(b.expiry(), e -> new TreeMap<>()).computeIfAbsent(b.strike(), k -> new OptionBar[2])[b.type().ordinal()] = b;
        }
        Table t = new Table().row("EXPIRY", "STRIKE", "C BID", "C ASK", "C LAST", "C VOL", "C OI", "C IV", "P BID", "P ASK",
                "P LAST", "P VOL", "P OI", "P IV");
        for (var e : grid.entrySet()) {
            for (var k : e.getValue().entrySet()) {
                List<String> cells = new ArrayList<>(List.of(e.getKey().toString(), num(k.getKey())));
                for (OptionBar b : k.getValue()) {
                    if (b == null) {
                        for (int i = 0; i < 6; i++) cells.add("");
                        continue;
                    }
                    Double v = iv.get(key(b.expiry(), b.strike(), b.type()));
                    cells.addAll(List.of(num(b.bid()), num(b.ask()), num(b.close()), count(b.volume()), count(b.openInterest()),
                            v == null || Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f%%", 100 * v)));
                }
                t.row(cells.toArray(String[]::new));
            }
        }
        out.append(t);
        for (LocalDate e : grid.keySet()) {
            Double f = forwards.get(e);
            if (f != null) out.append(String.format(Locale.ROOT, "forward %s: %.2f%n", e, f));
        }
        RunsCommand.print(spec.commandLine(), out.toString());
        return 0;
    }

    private int printJson(List<OptionBar> rows, Map<String, Double> iv) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OptionBar b : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", Instant.ofEpochSecond(0, b.time()).toString());
            m.put("underlying", underlying);
            m.put("expiry", b.expiry().toString());
            m.put("strike", b.strike());
            m.put("type", b.type() == OptionType.CALL ? "call" : "put");
            m.put("bid", nullable(b.bid()));
            m.put("ask", nullable(b.ask()));
            m.put("last", nullable(b.close()));
            m.put("volume", nullable(b.volume()));
            m.put("open_interest", nullable(b.openInterest()));
            m.put("underlying_price", nullable(b.underlyingPrice()));
            Double v = iv.get(key(b.expiry(), b.strike(), b.type()));
            m.put("iv", v == null ? null : nullable(v));
            out.add(m);
        }
        RunsCommand.print(spec.commandLine(), Json.compact(out) + "\n");
        return 0;
    }

    private long parseAt() {
        try {
            if (at.matches("\\d{4}-\\d{2}-\\d{2}")) return nanos(LocalDate.parse(at).plusDays(1).atStartOfDay(zone).toInstant()) - 1;
            if (at.endsWith("Z") || at.matches(".*[+-]\\d{2}:\\d{2}$")) return nanos(OffsetDateTime.parse(at).toInstant());
            return nanos(ZonedDateTime.of(LocalDateTime.parse(at), zone).toInstant());
        } catch (DateTimeException e) {
            throw new UserError("--at '" + at + "': expected YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or an instant such as 2019-06-26T19:45:00Z");
        }
    }

    private OptionFilter filter() {
        OptionFilter f = OptionFilter.all(underlying);
        try {
            if (expiry != null) {
                String[] p = range(expiry, "--expiry");
                f = f.expiries(p[0].isEmpty() ? null : LocalDate.parse(p[0]), p[1].isEmpty() ? null : LocalDate.parse(p[1]));
            }
        } catch (DateTimeException e) {
            throw new UserError("--expiry '" + expiry + "': expected a date YYYY-MM-DD or a range FROM:TO");
        } catch (IllegalArgumentException e) {
            throw new UserError("--expiry '" + expiry + "': " + e.getMessage());
        }
        if (strikes != null) {
            String[] p = range(strikes, "--strikes");
            try {
                f = f.strikes(p[0].isEmpty() ? Double.NaN : Double.parseDouble(p[0]), p[1].isEmpty() ? Double.NaN : Double.parseDouble(p[1]));
            } catch (NumberFormatException e) {
                throw new UserError("--strikes '" + strikes + "': expected MIN:MAX, numbers such as 2800:3000");
            } catch (IllegalArgumentException e) {
                throw new UserError("--strikes '" + strikes + "': " + e.getMessage());
            }
        }
        if (type != null) {
            f = f.type(switch (type.toLowerCase(Locale.ROOT)) {
                case "call", "c" -> OptionType.CALL;
                case "put", "p" -> OptionType.PUT;
                default -> throw new UserError("--type '" + type + "': expected call or put");
            });
        }
        return f;
    }

    /** {@code A:B}, {@code A:}, {@code :B} or a single {@code A} (= {@code A:A}). */
    private static String[] range(String text, String option) {
        int i = text.indexOf(':');
        if (i < 0) return new String[] {text.strip(), text.strip()};
        if (text.indexOf(':', i + 1) >= 0) throw new UserError(option + " '" + text + "': expected FROM:TO");
        return new String[] {text.substring(0, i).strip(), text.substring(i + 1).strip()};
    }

    private static String key(LocalDate e, double k, OptionType t) { return e + " " + k + " " + t; }

    private static Double nullable(double v) { return Double.isNaN(v) ? null : v; }

    private static String num(double v) {
        if (Double.isNaN(v)) return "";
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String count(double v) { return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.0f", v); }

    private static long nanos(Instant i) { return i.getEpochSecond() * 1_000_000_000L + i.getNano(); }
}
