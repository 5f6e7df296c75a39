package dev.tradewind.research;

import dev.tradewind.model.UserError;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.ParamSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The set a search explores: swept dimensions (a grid of levels) over fixed values for the other parameters.
 * A point is an array of level indices, one per dimension. Immutable.
 *
 * @param dimensions the swept parameters, in the order given
 * @param fixed      values of parameters held fixed (others keep the strategy's defaults)
 */
public record ParamSpace(List<Dimension> dimensions, Map<String, String> fixed) {

    public ParamSpace {
        dimensions = List.copyOf(dimensions);
        fixed = Map.copyOf(fixed);
    }

    /**
     * Builds a space from {@code name=values} ranges (see {@link Dimension#parse}) and fixed values.
     *
     * @throws UserError for an unknown parameter, a parameter both fixed and swept, or bad values
     */
    public static ParamSpace of(ParamSchema schema, Map<String, String> ranges, Map<String, String> fixed) {
        Map<String, ParamSpec> specs = new LinkedHashMap<>();
        for (ParamSpec s : schema.specs()) specs.put(s.name(), s);
        List<Dimension> dims = new ArrayList<>();
        for (Map.Entry<String, String> e : ranges.entrySet()) {
            ParamSpec spec = specs.get(e.getKey());
            if (spec == null) {
                throw new UserError("--range: unknown parameter '" + e.getKey() + "'; known: " + String.join(", ", specs.keySet()));
            }
            if (fixed.containsKey(e.getKey())) throw new UserError("parameter '" + e.getKey() + "' is both fixed (--param) and swept (--range)");
            dims.add(Dimension.parse(spec, e.getValue()));
        }
        for (String k : fixed.keySet()) {
            if (!specs.containsKey(k)) throw new UserError("--param: unknown parameter '" + k + "'; known: " + String.join(", ", specs.keySet()));
        }
        if (dims.isEmpty()) throw new UserError("give at least one --range NAME=VALUES to sweep");
        return new ParamSpace(dims, fixed);
    }

    /** Number of points of the full grid (saturates at Long.MAX_VALUE). */
    public long size() {
        long n = 1;
        try {
            for (Dimension d : dimensions) n = Math.multiplyExact(n, d.size());
            return n;
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The point with the given position in the grid, the last dimension varying fastest. */
    public int[] point(long flat) {
        int[] p = new int[dimensions.size()];
        for (int d = p.length - 1; d >= 0; d--) {
            int n = dimensions.get(d).size();
            p[d] = (int) (flat % n);
            flat /= n;
        }
        return p;
    }

    /** The parameters of a point: the fixed values, then the swept ones. */
    public Map<String, String> params(int[] point) {
        Map<String, String> m = new LinkedHashMap<>(fixed);
        for (int d = 0; d < point.length; d++) m.put(dimensions.get(d).name(), dimensions.get(d).levels().get(point[d]));
        return m;
    }

    /** The swept values of a point as numbers, by name (for {@code --where} filters). */
    public Map<String, Double> numeric(int[] point) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int d = 0; d < point.length; d++) m.put(dimensions.get(d).name(), dimensions.get(d).numeric()[point[d]]);
        return m;
    }

    /** The dimension of a swept parameter, or -1. */
    public int indexOf(String name) {
        for (int d = 0; d < dimensions.size(); d++) if (dimensions.get(d).name().equals(name)) return d;
        return -1;
    }
}
