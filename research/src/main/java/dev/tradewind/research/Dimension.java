package dev.tradewind.research;

import dev.tradewind.model.UserError;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One swept parameter and the values it takes, in order. Every search works on level indices, so grid, random and
 * genetic searches explore the same finite set and a heatmap has well-defined cells.
 *
 * @param name    the parameter
 * @param levels  the values as text, as the strategy's schema parses them
 * @param numeric the values as numbers for axes and expressions (choices: their index; booleans: 0 and 1)
 */
public record Dimension(String name, List<String> levels, double[] numeric) {

    /** Steps used for a double range given without a step: {@code min:max} becomes 11 values. */
    public static final int DEFAULT_DOUBLE_STEPS = 10;

    public int size() { return levels.size(); }

    /**
     * Parses the values of a parameter: {@code min:max[:step]} for numbers (integers step 1 by default, doubles in
     * {@value #DEFAULT_DOUBLE_STEPS} steps), a comma list for anything, {@code *} for every choice or boolean.
     * Each value is checked against the schema (type and bounds).
     *
     * @throws UserError naming the parameter and what was expected
     */
    public static Dimension parse(ParamSpec spec, String text) {
        String t = text.strip();
        List<String> raw = new ArrayList<>();
        if (t.equals("*")) {
            switch (spec.type()) {
                case BOOLEAN -> raw.addAll(List.of("false", "true"));
                case CHOICE -> raw.addAll(spec.choices());
                default -> throw new UserError("--range " + spec.name() + ": '*' is for choices and booleans; give min:max[:step]");
            }
        } else if (t.contains(":") && (spec.type() == ParamSpec.Type.INT || spec.type() == ParamSpec.Type.DOUBLE)) {
            raw.addAll(range(spec, t));
        } else {
            for (String v : t.split(",")) if (!v.isBlank()) raw.add(v.strip());
        }
        LinkedHashSet<String> levels = new LinkedHashSet<>();
        for (String v : raw) {
            try {
                levels.add(String.valueOf(spec.parse(v)));
            } catch (ParamException e) {
                throw new UserError("--range " + spec.name() + ": " + e.getMessage(), e);
            }
        }
        if (levels.isEmpty()) throw new UserError("--range " + spec.name() + ": no values");
        List<String> list = List.copyOf(levels);
        double[] numeric = new double[list.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = switch (spec.type()) {
                case INT, DOUBLE -> Double.parseDouble(list.get(i));
                case BOOLEAN -> Boolean.parseBoolean(list.get(i)) ? 1 : 0;
                case CHOICE -> spec.choices().indexOf(list.get(i));
            };
        }
        return new Dimension(spec.name(), list, numeric);
    }

    private static List<String> range(ParamSpec spec, String t) {
        String[] p = t.split(":");
        if (p.length < 2 || p.length > 3) throw new UserError("--range " + spec.name() + ": expected min:max[:step], got '" + t + "'");
        BigDecimal lo, hi, step;
        try {
            lo = new BigDecimal(p[0].strip());
            hi = new BigDecimal(p[1].strip());
            step = p.length == 3 ? new BigDecimal(p[2].strip())
                    : spec.type() == ParamSpec.Type.INT ? BigDecimal.ONE
                    : hi.subtract(lo).divide(BigDecimal.valueOf(DEFAULT_DOUBLE_STEPS));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserError("--range " + spec.name() + ": expected numbers in min:max[:step], got '" + t + "'");
        }
        if (lo.compareTo(hi) > 0) throw new UserError("--range " + spec.name() + ": min " + lo + " is above max " + hi);
        if (step.signum() <= 0) {
            if (lo.compareTo(hi) == 0) return List.of(lo.toPlainString());
            throw new UserError("--range " + spec.name() + ": step must be > 0, got " + step);
        }
        if (spec.type() == ParamSpec.Type.INT && (lo.stripTrailingZeros().scale() > 0 || step.stripTrailingZeros().scale() > 0)) {
            throw new UserError("--range " + spec.name() + ": an integer parameter needs integer min and step, got '" + t + "'");
        }
        List<String> out = new ArrayList<>();
        for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
            out.add(v.stripTrailingZeros().toPlainString());
            if (out.size() > 1_000_000) throw new UserError("--range " + spec.name() + ": more than a million values");
        }
        return out;
    }
}
