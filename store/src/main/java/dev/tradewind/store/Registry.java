package dev.tradewind.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategy and symbol registry: the members of a portfolio (enabled flag, weight, parameters) kept in the store,
 * and the portfolio-wide settings (a JSON document), so a portfolio can be loaded from the database as well as from a
 * file. Writes are upserts by name.
 */
public final class Registry {
    private final RunStore store;

    Registry(RunStore store) { this.store = store; }

    /** Adds or replaces a strategy entry. */
    public void put(StrategyEntry e) {
        write("cannot save strategy " + e.name(), c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO strategies (name, strategy, symbol, timeframe, data, "
                    + "enabled, weight, parameters, updated_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                    + "SET strategy = excluded.strategy, symbol = excluded.symbol, timeframe = excluded.timeframe, "
                    + "data = excluded.data, enabled = excluded.enabled, weight = excluded.weight, "
                    + "parameters = excluded.parameters, updated_ns = excluded.updated_ns")) {
                p.setString(1, e.name());
                p.setString(2, e.strategy());
                p.setString(3, e.symbol());
                Sql.setText(p, 4, e.timeframe());
                Sql.setText(p, 5, e.data());
                p.setBoolean(6, e.enabled());
                p.setDouble(7, e.weight());
                p.setString(8, JsonText.write(e.params()));
                p.setLong(9, store.now());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Adds or replaces a symbol entry. */
    public void put(SymbolEntry e) {
        write("cannot save symbol " + e.symbol(), c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO symbols (symbol, enabled, weight, parameters, updated_ns) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (symbol) DO UPDATE SET enabled = excluded.enabled, "
                    + "weight = excluded.weight, parameters = excluded.parameters, updated_ns = excluded.updated_ns")) {
                p.setString(1, e.symbol());
                p.setBoolean(2, e.enabled());
                p.setDouble(3, e.weight());
                p.setString(4, JsonText.write(e.params()));
                p.setLong(5, store.now());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Sets the portfolio-wide settings (a JSON document the caller defines) kept under {@code name}. */
    public void putSettings(String name, String json) {
        write("cannot save the registry's settings", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO registry_settings (name, settings, updated_ns) VALUES (?, ?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET settings = excluded.settings, updated_ns = excluded.updated_ns")) {
                p.setString(1, name);
                p.setString(2, json);
                p.setLong(3, store.now());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The portfolio-wide settings kept under {@code name}, or null when none were set. */
    public String settings(String name) {
        return store.read("cannot read the registry's settings", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT settings FROM registry_settings WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    /** Every strategy entry by name; with {@code enabledOnly}, those enabled with a weight above zero. */
    public List<StrategyEntry> strategies(boolean enabledOnly) {
        return store.read("cannot read the strategy registry", c -> {
            List<StrategyEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM strategies"
                    + (enabledOnly ? " WHERE enabled = ? AND weight > 0" : "") + " ORDER BY name")) {
                if (enabledOnly) p.setBoolean(1, true);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new StrategyEntry(r.getString("name"), r.getString("strategy"), r.getString("symbol"),
                                r.getString("timeframe"), r.getString("data"), r.getBoolean("enabled"), r.getDouble("weight"),
                                JsonText.strings(r.getString("parameters"))));
                    }
                }
            }
            return out;
        });
    }

    /** Every symbol entry by symbol; with {@code enabledOnly}, those enabled. */
    public List<SymbolEntry> symbols(boolean enabledOnly) {
        return store.read("cannot read the symbol registry", c -> {
            List<SymbolEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM symbols"
                    + (enabledOnly ? " WHERE enabled = ?" : "") + " ORDER BY symbol")) {
                if (enabledOnly) p.setBoolean(1, true);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new SymbolEntry(r.getString("symbol"), r.getBoolean("enabled"), r.getDouble("weight"),
                                JsonText.strings(r.getString("parameters"))));
                    }
                }
            }
            return out;
        });
    }

    /** Removes a strategy entry; false if there was none. */
    public boolean removeStrategy(String name) { return remove("strategies", "name", name); }

    /** Removes a symbol entry; false if there was none. */
    public boolean removeSymbol(String symbol) { return remove("symbols", "symbol", symbol); }

    private boolean remove(String table, String key, String value) {
        return write("cannot remove " + value, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
                p.setString(1, value);
                return p.executeUpdate() == 1;
            }
        });
    }

    private <T> T write(String doing, RunStore.Query<T> q) { return store.write(doing, q); }
}
