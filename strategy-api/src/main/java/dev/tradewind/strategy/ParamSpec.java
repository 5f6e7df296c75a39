package dev.tradewind.strategy;

import java.util.List;

/**
 * One declared parameter.
 *
 * @param name         the field name
 * @param type         value type
 * @param defaultValue the default, as text
 * @param min          inclusive lower bound for numbers (-Infinity when unbounded)
 * @param max          inclusive upper bound for numbers (+Infinity when unbounded)
 * @param description  help text
 * @param choices      allowed values for CHOICE, empty otherwise
 */
public record ParamSpec(String name, Type type, String defaultValue, double min, double max, String description,
        List<String> choices) {

    /** Parameter value types. */
    public enum Type { INT, DOUBLE, BOOLEAN, CHOICE }

    /**
     * Parses and checks a value given as text.
     *
     * @throws ParamException naming the parameter and what was expected
     */
    public Object parse(String text) throws ParamException {
        String v = text.trim();
        switch (type) {
            case INT -> {
                long x;
                try {
                    x = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw fail(text, "an integer" + range());
                }
                if (x < min || x > max || x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) throw fail(text, "an integer" + range());
                return (int) x;
            }
            case DOUBLE -> {
                double x;
                try {
                    x = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw fail(text, "a number" + range());
                }
                if (!Double.isFinite(x) || x < min || x > max) throw fail(text, "a number" + range());
                return x;
            }
            case BOOLEAN -> {
                if (v.equalsIgnoreCase("true")) return true;
                if (v.equalsIgnoreCase("false")) return false;
                throw fail(text, "true or false");
            }
            case CHOICE -> {
                for (String c : choices) {
                    if (c.equalsIgnoreCase(v)) return c;
                }
                throw fail(text, "one of " + String.join(", ", choices));
            }
        }
        throw new IllegalStateException(type.name());
    }

    private String range() {
        boolean lo = min != Double.NEGATIVE_INFINITY;
        boolean hi = max != Double.POSITIVE_INFINITY;
        if (lo && hi) return " between " + num(min) + " and " + num(max);
        if (lo) return " >= " + num(min);
        if (hi) return " <= " + num(max);
        return "";
    }

    private String num(double x) {
        return type == Type.INT || x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private ParamException fail(String text, String expected) {
        return new ParamException("parameter '" + name + "': expected " + expected + ", got '" + text + "'");
    }
}
