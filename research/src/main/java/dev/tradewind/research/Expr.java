package dev.tradewind.research;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import dev.tradewind.model.UserError;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * An arithmetic or boolean expression over named numbers, e.g. {@code sharpe * sqrt(trades) / 10} or
 * {@code fast < slow}, evaluated with EvalEx. Parsed and checked once; thread-safe (each evaluation works on a copy).
 */
public final class Expr {
    private final String text;
    private final String option;
    private final Expression parsed;
    private final String name; // the known name the whole text is, as in "--objective sharpe", or null

    private Expr(String text, String option, Expression parsed, String name) {
        this.text = text;
        this.option = option;
        this.parsed = parsed;
        this.name = name;
    }

    /**
     * Parses an expression whose variables must all be in {@code known}.
     *
     * @param option the command-line option, for messages
     * @throws UserError for a syntax error or an unknown variable
     */
    public static Expr parse(String text, String option, Collection<String> known) {
        Expression e = new Expression(text);
        try {
            e.validate();
            TreeSet<String> unknown = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            unknown.addAll(e.getUsedVariables());
            for (String k : known) unknown.remove(k);
            if (!unknown.isEmpty()) {
                throw new UserError(option + ": unknown name " + String.join(", ", unknown) + " in '" + text + "'; known: "
                        + String.join(", ", known));
            }
        } catch (ParseException ex) {
            throw new UserError(option + ": cannot parse '" + text + "': " + ex.getMessage(), ex);
        }
        String name = null;
        for (String k : known) if (k.equalsIgnoreCase(text.strip())) name = k;
        return new Expr(text, option, e, name);
    }

    public String text() { return text; }

    /**
     * The value as a number; a boolean result is 1 or 0. NaN when the expression fails (e.g. a division by zero). An
     * expression that is one name with a finite number is that number, read without EvalEx (the same value: EvalEx's
     * decimal of a double gives back the double, and its zero has no sign): a sweep evaluates its objective once per trial,
     * and making EvalEx's decimals was most of the optimizing compiler's work on them.
     */
    public double number(Map<String, ?> values) {
        Object v = name == null ? null : values.get(name);
        if (v instanceof Double || v instanceof Integer || v instanceof Long) { // EvalEx converts these exactly
            double x = ((Number) v).doubleValue();
            if (Double.isFinite(x)) return x == 0 ? 0.0 : x;
        }
        return evaluated(values);
    }

    /** {@link #number} through EvalEx, whatever the expression. */
    double evaluated(Map<String, ?> values) {
        try {
            EvaluationValue v = parsed.copy().withValues(values).evaluate();
            if (v.isBooleanValue()) return v.getBooleanValue() ? 1 : 0;
            if (v.isNumberValue()) return v.getNumberValue().doubleValue();
            throw new UserError(option + ": '" + text + "' is not a number or a boolean");
        } catch (EvaluationException | ParseException | ArithmeticException e) {
            return Double.NaN;
        }
    }

    /** The value as a condition: a boolean, or a number other than 0. */
    public boolean test(Map<String, ?> values) {
        double x = number(values);
        return x != 0 && !Double.isNaN(x);
    }

    @Override
    public String toString() { return text; }
}
