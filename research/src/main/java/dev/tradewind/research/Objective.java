package dev.tradewind.research;

import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.UserError;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a search maximizes (or minimizes): one statistic by its snake_case name ({@code sharpe}, {@code net_profit},
 * {@code max_drawdown} ...) or an expression over them ({@code sharpe * sqrt(trades)}), with constraints a trial must
 * meet to count as a candidate. A trial that fails a constraint is still run and counted (see {@link Overfitting}),
 * but never chosen. Immutable, thread-safe.
 *
 * @param expression   the statistic or expression
 * @param minimize     true to prefer lower values (e.g. {@code max_drawdown})
 * @param minTrades    fewest closed trades a candidate needs
 * @param maxDrawdown  largest maximum drawdown (a fraction) a candidate may have; 1 or more for no limit
 * @param constraint   a further condition over the statistics, or null
 */
public record Objective(Expr expression, boolean minimize, int minTrades, double maxDrawdown, Expr constraint) {

    /** The statistic names an expression may use. */
    public static final List<String> NAMES = List.copyOf(zero().keySet());

    /** Maximize {@code statistic}, no constraints. */
    public static Objective of(String statistic) { return of(statistic, false, 0, 1, null); }

    /** Parses the objective and constraint expressions. */
    public static Objective of(String objective, boolean minimize, int minTrades, double maxDrawdown, String constraint) {
        if (minTrades < 0) throw new UserError("--min-trades: expected >= 0, got " + minTrades);
        if (!(maxDrawdown > 0)) throw new UserError("--max-drawdown: expected a fraction > 0 such as 0.3, got " + maxDrawdown);
        return new Objective(Expr.parse(objective, "--objective", NAMES), minimize, minTrades, maxDrawdown,
                constraint == null ? null : Expr.parse(constraint, "--constraint", NAMES));
    }

    /** The objective's value; NaN when the expression is undefined for these statistics. */
    public double value(Statistics s) { return expression.number(s.toMap()); }

    /** Whether a trial with these statistics may be chosen. */
    public boolean feasible(Statistics s) {
        return s.trades() >= minTrades && s.maxDrawdown() <= maxDrawdown && (constraint == null || constraint.test(s.toMap()));
    }

    /** Orders values best first (NaN last). */
    public Comparator<Double> better() {
        Comparator<Double> c = minimize ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return (a, b) -> Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1) : Double.isNaN(b) ? -1 : c.compare(a, b);
    }

    /** The value as a score to maximize: negated when minimizing, -infinity when NaN. */
    public double score(double value) {
        if (Double.isNaN(value)) return Double.NEGATIVE_INFINITY;
        return minimize ? -value : value;
    }

    private static Map<String, Object> zero() {
        return new Statistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).toMap();
    }

    /** A one-line description, e.g. {@code maximize sharpe; trades >= 10; max_drawdown <= 0.3}. */
    public String describe() {
        StringBuilder b = new StringBuilder(minimize ? "minimize " : "maximize ").append(expression.text());
        if (minTrades > 0) b.append("; trades >= ").append(minTrades);
        if (maxDrawdown < 1) b.append("; max_drawdown <= ").append(maxDrawdown);
        if (constraint != null) b.append("; ").append(constraint.text());
        return b.toString();
    }
}
