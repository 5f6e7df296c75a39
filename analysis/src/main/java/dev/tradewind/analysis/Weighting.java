package dev.tradewind.analysis;

import dev.tradewind.model.UserError;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes weights for the series of an {@link Analysis}: long-only, and summing to 1 (to at most 1 for given
 * weights), since a portfolio allocates at most its capital. Binary uses each series' {@link Summary} (its own span);
 * the others use the daily returns on the analysis' whole day grid. After the method, weights below
 * {@code minWeight} are set to 0 and the rest rescaled to keep their sum.
 */
public final class Weighting {
    private Weighting() {}

    /** The weights and what happened on the way, one note per line. */
    public record Result(WeightMethod method, double[] weights, List<String> notes) {}

    public static Result compute(Analysis a, WeightMethod method, double minWeight) {
        if (!(minWeight >= 0 && minWeight < 1)) throw new UserError("--min-weight: expected a number in [0, 1), got " + minWeight);
        List<String> notes = new ArrayList<>();
        double[] w = switch (method) {
            case WeightMethod.Binary b -> binary(a, b, notes);
            case WeightMethod.Equal e -> equal(a.size());
            case WeightMethod.InverseVolatility v -> inverseVolatility(a, notes);
            case WeightMethod.RiskParityMethod r -> riskParity(a, notes);
            case WeightMethod.MaxSortinoMethod s -> maxSortino(a);
            case WeightMethod.Given g -> given(a, g);
        };
        double before = sum(w);
        boolean dropped = false;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0 && w[i] < minWeight) {
                notes.add(a.names().get(i) + ": weight " + w[i] + " below --min-weight " + minWeight + ", set to 0");
                w[i] = 0;
                dropped = true;
            }
        }
        double after = sum(w);
        if (dropped && after > 0) for (int i = 0; i < w.length; i++) w[i] *= before / after;
        if (sum(w) == 0) notes.add("every weight is 0: no strategy qualifies");
        return new Result(method, w, List.copyOf(notes));
    }

    /** 1 for each winner, 0 for each loser, then divided by the number of winners: equal shares of the winners. */
    private static double[] binary(Analysis a, WeightMethod.Binary b, List<String> notes) {
        double[] w = new double[a.size()];
        int winners = 0;
        for (int i = 0; i < w.length; i++) {
            if (b.wins(a.summary(i).metric(b.metric()))) {
                w[i] = 1;
                winners++;
            }
        }
        for (int i = 0; i < w.length; i++) w[i] /= Math.max(winners, 1);
        if (winners > 0) notes.add(winners + " of " + w.length + " series beat " + b.metric() + " "
                + (Summary.LOWER_IS_BETTER.contains(b.metric()) ? "< " : "> ") + b.threshold() + ": equal shares of 1");
        return w;
    }

    private static double[] given(Analysis a, WeightMethod.Given g) {
        double[] w = new double[a.size()];
        for (var e : g.weights().entrySet()) {
            int i = a.names().indexOf(e.getKey());
            if (i < 0) throw new UserError("--weights: no series named '" + e.getKey() + "' (series: " + String.join(", ", a.names()) + ")");
            double v = e.getValue();
            if (!(v >= 0) || Double.isInfinite(v)) throw new UserError("--weights: expected a weight of 0 or more for '" + e.getKey() + "', got " + v);
            w[i] = v;
        }
        return w; // any sum: only the weight command writes a production config
    }

    private static double[] equal(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    private static double[] inverseVolatility(Analysis a, List<String> notes) {
        double[] w = new double[a.size()];
        for (int i = 0; i < w.length; i++) {
            double var = a.covariance()[i][i];
            if (var > 0) w[i] = 1 / Math.sqrt(var);
            else notes.add(a.names().get(i) + ": zero variance of daily returns, weight 0");
        }
        double s = sum(w);
        if (s == 0) throw new UserError("inverse-vol: every series has zero variance of daily returns");
        for (int i = 0; i < w.length; i++) w[i] /= s;
        return w;
    }

    private static double[] riskParity(Analysis a, List<String> notes) {
        int[] keep = positiveVariance(a, notes);
        if (keep.length == 0) throw new UserError("risk-parity: every series has zero variance of daily returns");
        double[][] c = new double[keep.length][keep.length];
        for (int i = 0; i < keep.length; i++) for (int j = 0; j < keep.length; j++) c[i][j] = a.covariance()[keep[i]][keep[j]];
        double[] sub;
        try {
            sub = RiskParity.solve(c);
        } catch (IllegalArgumentException e) {
            throw new UserError("risk-parity: the covariance matrix of daily returns is singular (some long-only mix of "
                    + "the strategies has zero variance), no equal-risk weights exist", e);
        }
        double[] w = new double[a.size()];
        for (int i = 0; i < keep.length; i++) w[keep[i]] = sub[i];
        return w;
    }

    private static double[] maxSortino(Analysis a) {
        try {
            return MaxSortino.solve(a.returns());
        } catch (IllegalArgumentException e) {
            throw new UserError("max-sortino: no strategy has a positive mean daily return, so no long-only mix has a "
                    + "positive Sortino ratio", e);
        }
    }

    private static int[] positiveVariance(Analysis a, List<String> notes) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.covariance()[i][i] > 0) keep.add(i);
            else notes.add(a.names().get(i) + ": zero variance of daily returns, weight 0");
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }

    static double sum(double[] w) {
        double s = 0;
        for (double v : w) s += v;
        return s;
    }
}
