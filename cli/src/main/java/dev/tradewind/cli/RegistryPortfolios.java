package dev.tradewind.cli;

import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.UserError;
import dev.tradewind.store.Registry;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoreTarget;
import dev.tradewind.store.StrategyEntry;
import dev.tradewind.store.SymbolEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Portfolio configs to and from the run store's registry tables: strategies (name, strategy, symbol, timeframe, data,
 * enabled, weight, parameters) and symbols (enabled, weight, instrument properties). A member trades when it and its
 * symbol are enabled; its weight is the strategy's weight.
 */
final class RegistryPortfolios {
    private RegistryPortfolios() {}

    static <T> T withRegistry(String location, boolean create, Function<Registry, T> work) {
        try (RunStore store = RunStore.open(StoreTarget.resolve(location), create)) {
            return work.apply(store.registry());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Writes every member and its symbol into the registry (replacing entries of the same name). */
    static int save(Registry r, PortfolioConfig c) {
        if (c.strategies() == null) return 0;
        for (PortfolioConfig.Member m : c.strategies()) {
            if (m.id() == null || m.strategy() == null || m.symbol() == null) {
                throw new UserError("registry: every member needs an id, a strategy and a symbol: " + m.id());
            }
            r.put(new StrategyEntry(m.id(), m.strategy(), m.symbol(), m.timeframe(), m.data(), m.enabled(), m.weight(),
                    m.params() == null ? Map.of() : m.params()));
            if (m.instrument() != null) r.put(new SymbolEntry(m.symbol(), true, 1.0, instrument(m.instrument())));
        }
        return c.strategies().size();
    }

    /** The registry's strategies on enabled symbols as a portfolio with the given account settings. */
    static PortfolioConfig load(Registry r, double cash, RunConfig.CommissionConfig commission, double slippageBps, String fill) {
        Map<String, SymbolEntry> symbols = new LinkedHashMap<>();
        for (SymbolEntry s : r.symbols(false)) symbols.put(s.symbol(), s);
        List<PortfolioConfig.Member> members = new ArrayList<>();
        for (StrategyEntry e : r.strategies(false)) {
            SymbolEntry s = symbols.get(e.symbol());
            boolean enabled = e.enabled() && (s == null || s.enabled());
            members.add(new PortfolioConfig.Member(e.name(), e.strategy(), e.symbol(), e.data(), e.timeframe(), e.params(),
                    e.weight(), enabled, s == null ? null : instrument(s.params())));
        }
        if (members.isEmpty()) throw new UserError("registry: no strategies registered (see: tradewind registry import)");
        return new PortfolioConfig(cash, commission, slippageBps, fill, members);
    }

    private static Map<String, String> instrument(RunConfig.InstrumentConfig i) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kind", i.kind());
        p.put("tick", Double.toString(i.tick()));
        p.put("lot", Double.toString(i.lot()));
        p.put("multiplier", Double.toString(i.multiplier()));
        p.put("margin", Double.toString(i.margin()));
        if (i.maintenance() != null) p.put("maintenance", Double.toString(i.maintenance()));
        if (i.minNotional() != null) p.put("min_notional", Double.toString(i.minNotional()));
        return p;
    }

    private static RunConfig.InstrumentConfig instrument(Map<String, String> p) {
        RunConfig.InstrumentConfig d = RunConfig.defaults().instrument();
        try {
            return new RunConfig.InstrumentConfig(p.getOrDefault("kind", d.kind()), num(p, "tick", d.tick()), num(p, "lot", d.lot()),
                    num(p, "multiplier", d.multiplier()), num(p, "margin", d.margin()),
                    p.containsKey("maintenance") ? Double.valueOf(p.get("maintenance")) : null,
                    p.containsKey("min_notional") ? Double.valueOf(p.get("min_notional")) : null);
        } catch (NumberFormatException e) {
            throw new UserError("registry: a symbol's instrument property is not a number: " + p);
        }
    }

    private static double num(Map<String, String> p, String k, double fallback) {
        return p.containsKey(k) ? Double.parseDouble(p.get(k)) : fallback;
    }
}
