package dev.tradewind.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.Registry;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoreTarget;
import dev.tradewind.store.StrategyEntry;
import dev.tradewind.store.SymbolEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Portfolio configs to and from the run store's registry tables: strategies (name, strategy, symbol, timeframe, data,
 * enabled, weight, parameters), symbols (enabled, weight, every instrument property) and the portfolio-wide settings
 * (cash, costs, fill, compliance, schedule, zone: every field of the config but its members, as JSON). A member trades
 * when it and its symbol are enabled; its weight is the strategy's weight.
 *
 * <p>An import keeps every setting of the config or refuses: the entries are built, read back into a config in memory
 * and compared with the file (relative paths made absolute) before anything is written.
 */
final class RegistryPortfolios {
    /** The name the portfolio-wide settings are kept under. */
    static final String SETTINGS = "default";

    private RegistryPortfolios() {}

    static <T> T withRegistry(String location, boolean create, Function<Registry, T> work) {
        try (RunStore store = RunStore.open(StoreTarget.resolve(location), create)) {
            return work.apply(store.registry());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The registry's entries for a config, before they are written. */
    record Entries(List<StrategyEntry> strategies, List<SymbolEntry> symbols, String settings) {}

    /** Writes every member, its symbol and the portfolio-wide settings into the registry, or refuses what it cannot keep. */
    static int save(Registry r, PortfolioConfig given) {
        if (given.strategies() == null || given.strategies().isEmpty()) throw new UserError("registry: the config has no strategies");
        PortfolioConfig c = absolute(given);
        Entries e = entries(c);
        List<SymbolEntry> kept = new ArrayList<>(r.symbols(false));
        kept.removeIf(s -> e.symbols().stream().anyMatch(n -> n.symbol().equals(s.symbol())));
        kept.addAll(e.symbols());
        PortfolioConfig back = config(e.strategies(), kept, e.settings());
        String lost = difference(Json.MAPPER.valueToTree(byId(c)), Json.MAPPER.valueToTree(byId(back)), "");
        if (lost != null) {
            throw new UserError("registry: cannot keep " + lost + " of this config in the store; nothing was imported "
                    + "(run it with portfolio --config FILE)");
        }
        for (StrategyEntry s : e.strategies()) r.put(s);
        for (SymbolEntry s : e.symbols()) r.put(s);
        r.putSettings(SETTINGS, e.settings());
        return c.strategies().size();
    }

    /** The registry's strategies on enabled symbols, with the imported settings (or the defaults) under {@code overrides}. */
    static PortfolioConfig load(Registry r, Overrides overrides, java.io.PrintWriter warnings) {
        List<StrategyEntry> strategies = r.strategies(false);
        if (strategies.isEmpty()) throw new UserError("registry: no strategies registered (see: tradewind registry import)");
        String settings = r.settings(SETTINGS);
        if (settings == null) {
            warnings.println("warning: the registry keeps no portfolio settings (imported by an older version): 10,000 cash, no "
                    + "costs, next-open fills unless given; import the config again to keep its own");
            warnings.flush();
        }
        PortfolioConfig c = config(strategies, r.symbols(false), settings);
        return new PortfolioConfig(overrides.cash != null ? overrides.cash : c.cash(),
                overrides.commission != null ? overrides.commission : c.commission(),
                overrides.slippageBps != null ? overrides.slippageBps : c.slippageBps(), c.fill(), c.strategies(), c.compliance(),
                c.schedule(), c.zone());
    }

    /** Options given on the command line that replace the registered settings (null: keep). */
    record Overrides(Double cash, RunConfig.CommissionConfig commission, Double slippageBps) {}

    private static Entries entries(PortfolioConfig c) {
        List<StrategyEntry> strategies = new ArrayList<>();
        Map<String, SymbolEntry> symbols = new LinkedHashMap<>();
        for (PortfolioConfig.Member m : c.strategies()) {
            if (m.id() == null || m.strategy() == null || m.symbol() == null) {
                throw new UserError("registry: every member needs an id, a strategy and a symbol: " + m.id());
            }
            strategies.add(new StrategyEntry(m.id(), m.strategy(), m.symbol(), m.timeframe(), m.data(), m.enabled(), m.weight(),
                    m.params() == null ? Map.of() : m.params()));
            if (m.instrument() != null) symbols.putIfAbsent(m.symbol(), new SymbolEntry(m.symbol(), true, 1.0, text(m.instrument())));
        }
        PortfolioConfig settings = new PortfolioConfig(c.cash(), c.commission(), c.slippageBps(), c.fill(), null, c.compliance(),
                c.schedule(), c.zone());
        return new Entries(strategies, List.copyOf(symbols.values()), Json.compact(settings));
    }

    private static PortfolioConfig config(List<StrategyEntry> strategies, List<SymbolEntry> symbolList, String settingsJson) {
        Map<String, SymbolEntry> symbols = new LinkedHashMap<>();
        for (SymbolEntry s : symbolList) symbols.put(s.symbol(), s);
        List<PortfolioConfig.Member> members = new ArrayList<>();
        for (StrategyEntry e : strategies) {
            SymbolEntry s = symbols.get(e.symbol());
            boolean enabled = e.enabled() && (s == null || s.enabled());
            members.add(new PortfolioConfig.Member(e.name(), e.strategy(), e.symbol(), e.data(), e.timeframe(), e.params(),
                    e.weight(), enabled, s == null || s.params().isEmpty() ? null : instrument(s)));
        }
        PortfolioConfig settings = settings(settingsJson);
        return new PortfolioConfig(settings.cash(), settings.commission(), settings.slippageBps(), settings.fill(), members,
                settings.compliance(), settings.schedule(), settings.zone());
    }

    /** The stored settings, or those of a store imported before settings were kept: 10,000 cash, no costs, next-open. */
    private static PortfolioConfig settings(String json) {
        if (json == null) return new PortfolioConfig(10_000, new RunConfig.CommissionConfig(0, 0, 0), 0, "next-open", null);
        try {
            return Json.MAPPER.readValue(json, PortfolioConfig.class);
        } catch (java.io.IOException e) {
            throw new UserError("registry: the stored portfolio settings are not readable: " + e.getMessage(), e);
        }
    }

    /** Relative data and strategy file paths made absolute (they are relative to the working directory of the import). */
    private static PortfolioConfig absolute(PortfolioConfig c) {
        List<PortfolioConfig.Member> members = new ArrayList<>();
        for (PortfolioConfig.Member m : c.strategies()) {
            members.add(new PortfolioConfig.Member(m.id(), file(m.strategy(), m.strategy() != null && m.strategy().endsWith(".java")),
                    m.symbol(), file(m.data(), m.data() != null && !m.data().startsWith("catalog:")), m.timeframe(),
                    m.params() == null ? Map.of() : m.params(), m.weight(), m.enabled(), m.instrument()));
        }
        return new PortfolioConfig(c.cash(), c.commission(), c.slippageBps(), c.fill(), members, c.compliance(), c.schedule(),
                c.zone());
    }

    /** The config with its members in id order (the registry keeps them by name). */
    private static PortfolioConfig byId(PortfolioConfig c) {
        List<PortfolioConfig.Member> members = new ArrayList<>(c.strategies());
        members.sort(java.util.Comparator.comparing(PortfolioConfig.Member::id));
        return new PortfolioConfig(c.cash(), c.commission(), c.slippageBps(), c.fill(), members, c.compliance(), c.schedule(),
                c.zone());
    }

    private static String file(String path, boolean isFile) {
        if (!isFile) return path;
        Path p = Path.of(path).toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw new UserError("registry: no such file: " + p + " (paths in a portfolio config are relative to the directory "
                    + "the command runs in)");
        }
        return p.toString();
    }

    private static Map<String, String> text(RunConfig.InstrumentConfig i) {
        Map<String, Object> all = Json.MAPPER.convertValue(i, new TypeReference<LinkedHashMap<String, Object>>() {});
        Map<String, String> p = new LinkedHashMap<>();
        for (var e : all.entrySet()) if (e.getValue() != null) p.put(e.getKey(), String.valueOf(e.getValue()));
        return p;
    }

    private static RunConfig.InstrumentConfig instrument(SymbolEntry s) {
        RunConfig.InstrumentConfig d = RunConfig.defaults().instrument();
        Map<String, Object> all = Json.MAPPER.convertValue(d, new TypeReference<LinkedHashMap<String, Object>>() {});
        all.putAll(s.params());
        try {
            return Json.MAPPER.convertValue(all, RunConfig.InstrumentConfig.class);
        } catch (IllegalArgumentException e) {
            throw new UserError("registry: symbol " + s.symbol() + " has an instrument property that is not valid: " + s.params(), e);
        }
    }

    /** The first path where {@code a} and {@code b} differ, e.g. {@code strategies[1].instrument.margin}, or null. */
    private static String difference(JsonNode a, JsonNode b, String path) {
        if (a.equals(b)) return null;
        if (a.isObject() && b.isObject()) {
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                String d = difference(a.get(f), b.path(f), path.isEmpty() ? f : path + "." + f);
                if (d != null) return d;
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!a.has(f)) return path.isEmpty() ? f : path + "." + f;
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = difference(a.get(i), b.get(i), path + "[" + i + "]");
                if (d != null) return d;
            }
        }
        if (a.isNumber() && b.isNumber() && a.asDouble() == b.asDouble()) return null;
        return path.isEmpty() ? "the config" : path;
    }
}
