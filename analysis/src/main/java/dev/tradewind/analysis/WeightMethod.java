package dev.tradewind.analysis;

import dev.tradewind.model.UserError;
import java.util.Locale;

/** How to weight the strategies of an {@link Analysis}; {@link Weighting#compute} applies one. */
public sealed interface WeightMethod {

    /** The method's name on the command line and in results.json. */
    String name();

    /**
     * 1 for a strategy whose metric beats the threshold, else 0 (above it, or below it for the metrics in
     * {@link Summary#LOWER_IS_BETTER}), divided by the number of winners: equal shares of the winners.
     */
    record Binary(String metric, double threshold) implements WeightMethod {
        public Binary {
            metric = metric.toLowerCase(Locale.ROOT).replace('-', '_');
            if (!Summary.metricNames().contains(metric)) {
                throw new UserError("--metric: expected one of " + String.join(", ", Summary.metricNames()) + ", got '" + metric + "'");
            }
        }

        public String name() { return "binary"; }

        boolean wins(double value) { return Summary.LOWER_IS_BETTER.contains(metric) ? value < threshold : value > threshold; }
    }

    /** {@code 1 / n} each. */
    record Equal() implements WeightMethod {
        public String name() { return "equal"; }
    }

    /** Proportional to {@code 1 / stdev} of daily returns; 0 for a series with zero variance. */
    record InverseVolatility() implements WeightMethod {
        public String name() { return "inverse-vol"; }
    }

    /** Equal risk contribution with the covariance of daily returns ({@link RiskParity}); 0 for zero variance. */
    record RiskParityMethod() implements WeightMethod {
        public String name() { return "risk-parity"; }
    }

    /** The long-only mix with the highest Sortino ratio of daily returns ({@link MaxSortino}). */
    record MaxSortinoMethod() implements WeightMethod {
        public String name() { return "max-sortino"; }
    }

    /** Weights given by name (the {@code --weights} option of analyze), any sum; a series not named gets 0. */
    record Given(java.util.Map<String, Double> weights) implements WeightMethod {
        public Given {
            weights = java.util.Map.copyOf(weights);
        }

        public String name() { return "given"; }
    }

    /** The names accepted by {@link #parse}. */
    String NAMES = "binary, equal, inverse-vol, risk-parity, max-sortino";

    /** A method by name; {@code metric} and {@code threshold} are used by binary only. */
    static WeightMethod parse(String name, String metric, double threshold) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "binary" -> new Binary(metric, threshold);
            case "equal" -> new Equal();
            case "inverse-vol", "inverse-volatility" -> new InverseVolatility();
            case "risk-parity" -> new RiskParityMethod();
            case "max-sortino" -> new MaxSortinoMethod();
            default -> throw new UserError("--method: expected one of " + NAMES + ", got '" + name + "'");
        };
    }
}
