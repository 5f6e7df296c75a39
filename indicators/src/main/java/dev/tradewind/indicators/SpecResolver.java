package dev.tradewind.indicators;

import dev.tradewind.indicators.SpecParser.Num;
import dev.tradewind.indicators.SpecParser.Raw;
import java.util.ArrayList;
import java.util.List;

/** Resolves a parsed spec against a registry: names, inputs, parameter kinds and defaults, output suffixes. */
final class SpecResolver {

    private static final String INPUTS = "open|high|low|close|volume|hl2|hlc3|ohlc4";

    private final String text;
    private final IndicatorRegistry registry;

    SpecResolver(String text, IndicatorRegistry registry) {
        this.text = text;
        this.registry = registry;
    }

    IndicatorSpec resolve(Raw raw) {
        Source source = Source.find(raw.name());
        if (source != null) {
            if (raw.call()) throw error("'" + raw.name() + "' is an input, not a function; write it without parentheses");
            if (raw.output() != null) throw error("input '" + raw.name() + "' has no output '." + raw.output() + "'");
            return IndicatorSpec.ofSource(source);
        }
        IndicatorDef def = registry.find(raw.name());
        if (def == null) {
            throw error("unknown indicator '" + raw.name() + "'; known: " + IndicatorDef.names(registry.list()) + "; inputs: " + INPUTS);
        }
        List<Object> args = new ArrayList<>(raw.args());
        if (def.inputs() == 1 && (args.isEmpty() || args.get(0) instanceof Num)) args.add(0, new Raw("close", false, List.of(), null));
        int maxArgs = def.inputs() + def.params().size();
        if (args.size() < def.inputs() || args.size() > maxArgs) {
            throw error("wrong number of arguments for " + def.name() + ": got " + raw.args().size() + ", expected " + def.usage());
        }
        List<IndicatorSpec> inputs = new ArrayList<>();
        for (int i = 0; i < def.inputs(); i++) {
            if (!(args.get(i) instanceof Raw r)) {
                throw error("expected an input (" + INPUTS + " or an indicator) at position " + (i + 1) + " of " + def.name()
                        + ", got '" + ((Num) args.get(i)).text() + "'");
            }
            inputs.add(resolve(r));
        }
        Object[] values = new Object[def.params().size()];
        for (int i = 0; i < values.length; i++) {
            Param p = def.params().get(i);
            int at = def.inputs() + i;
            values[i] = at < args.size() ? value(def, p, at + 1, args.get(at)) : p.defaultValue();
        }
        Args resolved = new Args(values);
        try {
            def.factory().create(resolved);
        } catch (IllegalArgumentException e) {
            throw error(def.name() + ": " + e.getMessage());
        }
        int output = 0;
        if (raw.output() != null) {
            output = def.outputIndex(raw.output());
            if (output < 0) throw error(def.name() + " has no output '" + raw.output() + "'; outputs: " + String.join(", ", def.outputs()));
        }
        return IndicatorSpec.ofCall(def, inputs, resolved, output);
    }

    private Object value(IndicatorDef def, Param p, int position, Object arg) {
        String where = " at position " + position + " of " + def.name() + " (" + p.name() + ")";
        switch (p.kind()) {
            case INT, REAL -> {
                if (!(arg instanceof Num n)) throw error("expected a number" + where + ", got '" + describe(arg) + "'");
                double v;
                try {
                    v = Double.parseDouble(n.text());
                } catch (NumberFormatException e) {
                    throw error("expected a number" + where + ", got '" + n.text() + "'");
                }
                if (p.kind() == Param.Kind.REAL) return v;
                if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) throw error("expected an integer" + where + ", got '" + n.text() + "'");
                return (int) v;
            }
            case CHOICE -> {
                String word = arg instanceof Raw r && !r.call() && r.output() == null ? r.name() : null;
                if (!p.choices().contains(word)) {
                    throw error("expected one of " + String.join("|", p.choices()) + where + ", got '" + describe(arg) + "'");
                }
                return word;
            }
            case ZONE -> {
                String word = arg instanceof Raw r && !r.call() && r.output() == null ? r.name() : null;
                Object zone = word == null ? null : Param.zoneOf(word);
                if (zone == null) throw error("expected a time zone such as utc or america/new_york" + where + ", got '" + describe(arg) + "'");
                return zone;
            }
        }
        throw new AssertionError(p.kind());
    }

    private static String describe(Object arg) {
        if (arg instanceof Num n) return n.text();
        Raw r = (Raw) arg;
        return r.name() + (r.call() ? "(...)" : "") + (r.output() != null ? "." + r.output() : "");
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("bad indicator spec '" + text + "': " + problem);
    }
}
