package dev.tradewind.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps names to {@link IndicatorDef}s. {@link #standard()} holds the built-in indicators and is read-only;
 * {@link #withBuiltins()} gives a mutable copy to which a project can {@link #register} its own.
 */
public final class IndicatorRegistry {

    private static final IndicatorRegistry STANDARD = Builtins.register(new IndicatorRegistry()).freeze();

    private final Map<String, IndicatorDef> defs = new TreeMap<>();
    private boolean frozen;

    /** An empty registry. */
    public IndicatorRegistry() {}

    /** The built-in indicators (shared, read-only). */
    public static IndicatorRegistry standard() { return STANDARD; }

    /** A new mutable registry holding the built-in indicators. */
    public static IndicatorRegistry withBuiltins() {
        IndicatorRegistry copy = new IndicatorRegistry();
        copy.defs.putAll(STANDARD.defs);
        return copy;
    }

    /** Adds (or replaces) a definition; returns this. */
    public IndicatorRegistry register(IndicatorDef def) {
        if (frozen) throw new IllegalStateException("the standard registry is read-only; use IndicatorRegistry.withBuiltins()");
        if (!def.name().matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("indicator names are lower-case words, got '" + def.name() + "'");
        if (Source.find(def.name()) != null) throw new IllegalArgumentException("'" + def.name() + "' is an input name");
        defs.put(def.name(), def);
        return this;
    }

    /** The definition named {@code name}, or null. */
    public IndicatorDef find(String name) { return defs.get(name); }

    /** All definitions, sorted by name. */
    public List<IndicatorDef> list() { return new ArrayList<>(defs.values()); }

    /** All names, sorted. */
    public List<String> names() { return new ArrayList<>(defs.keySet()); }

    private IndicatorRegistry freeze() {
        frozen = true;
        return this;
    }
}
