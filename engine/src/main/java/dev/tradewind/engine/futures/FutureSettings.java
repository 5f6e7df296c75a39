package dev.tradewind.engine.futures;

import java.util.Locale;

/**
 * How a run's futures desk lists, prices and charges its contracts. Prices are modelled from the underlying by cost of
 * carry, {@code F = S exp((rate - dividendYield) T)} with T in years of 365 days to the expiry time, at the bar's close:
 * a run's log says so at its first bar.
 *
 * @param root          the contracts' root symbol ({@code ES}: contracts are named {@code ES 2019-06-21})
 * @param calendar      the expiry calendar's market whose monthly expiries the contracts expire on ({@code SPX}: the
 *                      third Friday, 08:30 Chicago, the business day before when it is a holiday)
 * @param months        the listed months, a bit per month ({@code 1 << 3} for March; quarterly: March, June, September,
 *                      December)
 * @param rate          the risk-free rate, continuous, annual
 * @param dividendYield the underlying's dividend yield, continuous, annual
 * @param multiplier    currency per point per contract (50 for ES)
 * @param tick          price tick (trades and daily settlement prices are on it)
 * @param spreadTicks   ticks a buy pays above (a sell receives below) the model price on the tick
 * @param feePerContract commission per contract traded (not charged at the final settlement)
 * @param initialMargin initial margin per contract held: a trade that adds contracts is refused when the margin of the
 *                      legs after it would exceed equity (maintenance margin and margin calls are not modelled)
 */
public record FutureSettings(String root, String calendar, int months, double rate, double dividendYield, double multiplier,
        double tick, int spreadTicks, double feePerContract, double initialMargin) {
    /** March, June, September and December. */
    public static final int QUARTERLY = 1 << 3 | 1 << 6 | 1 << 9 | 1 << 12;

    public FutureSettings {
        if (root == null || root.isBlank() || root.contains(" ")) throw new IllegalArgumentException("futures root must be one word, got '" + root + "'");
        if (calendar == null || calendar.isBlank()) throw new IllegalArgumentException("futures calendar is required");
        if ((months & ~0x1FFE) != 0 || months == 0) throw new IllegalArgumentException("futures months must be bits 1..12, got " + months);
        if (!Double.isFinite(rate) || !Double.isFinite(dividendYield)) throw new IllegalArgumentException("rate and dividend yield must be finite");
        if (!(multiplier > 0) || !(tick > 0) || spreadTicks < 0 || !(feePerContract >= 0) || !(initialMargin >= 0)) {
            throw new IllegalArgumentException("futures multiplier and tick must be > 0; spread, fee and margin >= 0");
        }
    }

    /**
     * E-mini S&P 500-like quarterly contracts on an S&P 500 index run: root ES, SPX calendar (third Friday), 50 per
     * point, tick 0.25, rate 2%, dividend yield 1.5%, a one-tick spread, 1.50 per contract, 12,000 initial margin.
     */
    public static FutureSettings es() { return new FutureSettings("ES", "SPX", QUARTERLY, 0.02, 0.015, 50, 0.25, 1, 1.5, 12_000); }

    /** The same with the model's carry: {@code rate} and {@code dividendYield}, continuous, annual. */
    public FutureSettings withCarry(double rate, double dividendYield) {
        return new FutureSettings(root, calendar, months, rate, dividendYield, multiplier, tick, spreadTicks, feePerContract, initialMargin);
    }

    /** The same with {@code spreadTicks} and {@code feePerContract}. */
    public FutureSettings withCosts(int spreadTicks, double feePerContract) {
        return new FutureSettings(root, calendar, months, rate, dividendYield, multiplier, tick, spreadTicks, feePerContract, initialMargin);
    }

    /** The same with {@code initialMargin} per contract. */
    public FutureSettings withMargin(double initialMargin) {
        return new FutureSettings(root, calendar, months, rate, dividendYield, multiplier, tick, spreadTicks, feePerContract, initialMargin);
    }

    /** Whether contracts expire in month {@code month} (1..12). */
    public boolean lists(int month) { return (months >> month & 1) != 0; }

    /** One line for a run's log and reports. */
    public String describe(String underlying) {
        return String.format(Locale.ROOT, "futures %s on %s: MODELLED prices, cost of carry F = S exp((r - q) T) with r %s, q %s"
                + " (not recorded prices); %s x, tick %s, spread %d tick(s), fee %s per contract, initial margin %s per contract",
                root, underlying, rate, dividendYield, multiplier, tick, spreadTicks, feePerContract, initialMargin);
    }
}
