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

    private Expr(String text, String option, Expression parsed) {
        this.text = text;
        this.option = option;
        this.parsed = parsed;
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
        return new Expr(text, option, e);
    }

    public String text() { return text; }

    /** The value as a number; a boolean result is 1 or 0. NaN when the expression fails (e.g. a division by zero). */
    public double number(Map<String, ?> values) {
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
