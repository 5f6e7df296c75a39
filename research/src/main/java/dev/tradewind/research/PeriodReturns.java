package dev.tradewind.research;

import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.metrics.DailyReturns;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.model.UserError;
import java.time.ZoneId;
import java.util.List;

/**
 * The return series that overfitting statistics are computed from: equity returns per period, from the last equity
 * of each period with bars ({@code r[0]} against the starting cash). {@code 1d} is the calendar day in the run's
 * zone (the same days as the Sharpe ratio of {@code tradewind backtest}); shorter periods are UTC buckets of that
 * length, useful when a sample spans too few days for CSCV. Immutable, thread-safe.
 */
public final class PeriodReturns {
    private static final long DAY = 86_400_000_000_000L;
    private final long nanos;
    private final String name;

    private PeriodReturns(long nanos, String name) {
        this.nanos = nanos;
        this.name = name;
    }

    /** Calendar days in the run's zone. */
    public static PeriodReturns daily() { return new PeriodReturns(DAY, "1d"); }

    /** Parses {@code 1d} or a shorter timeframe such as {@code 4h} or {@code 15m}. */
    public static PeriodReturns parse(String text) {
        try {
            long n = Timeframe.parse(text).nanos();
            if (n > DAY || DAY % n != 0) throw new UserError("--period: expected 1d or a divisor of a day such as 4h, 1h or 15m, got '" + text + "'");
            return new PeriodReturns(n, text.strip());
        } catch (DataException e) {
            throw new UserError("--period: " + e.getMessage(), e);
        }
    }

    /** The period as given, e.g. {@code 1d}. */
    public String name() { return name; }

    /** Periods per year: 365 days when the market trades on weekends, else 252, times the periods per day. */
    public double perYear(boolean weekends) { return (weekends ? 365.0 : 252.0) * (DAY / nanos); }

    /** The returns of an equity curve. */
    public double[] of(long[] time, double[] equity, double startingCash, ZoneId zone) {
        return of(new RunInput(time, equity, new boolean[time.length], List.of(), startingCash, startingCash), zone);
    }

    /** The returns of a run's equity curve (its first {@code run.n()} bars), with no copy and no second check of it. */
    public double[] of(RunInput run, ZoneId zone) { return of(run.time(), run.equity(), run.n(), run.startingCash(), zone); }

    /**
     * The returns of the first {@code n} bars of an equity curve given by its columns, checked before (as a
     * {@link RunInput} would check them): {@link #of(RunInput, ZoneId)} without the record.
     */
    public double[] of(long[] time, double[] equity, int n, double startingCash, ZoneId zone) {
        if (nanos == DAY) return DailyReturns.of(time, equity, n, startingCash, zone).returns();
        int count = 0;
        for (int i = 0; i < n; i++) if (i == n - 1 || Math.floorDiv(time[i + 1], nanos) != Math.floorDiv(time[i], nanos)) count++;
        double[] r = new double[count];
        double previous = startingCash;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || Math.floorDiv(time[i + 1], nanos) != Math.floorDiv(time[i], nanos)) {
                r[k++] = previous > 0 ? equity[i] / previous - 1 : 0;
                previous = equity[i];
            }
        }
        return r;
    }
}
