package dev.tradewind.metrics;

import static dev.tradewind.metrics.Runs.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsCalculatorTest {
    private static final double EPS = 1e-12;

    /** Six bars over Mon 1 to Thu 4 Jan 2024 (UTC), several per day; five trades. */
    @Test
    void handComputedRun() {
        long[] t = times("2024-01-01T10:00:00Z", "2024-01-01T16:00:00Z", "2024-01-02T12:00:00Z",
                "2024-01-03T09:00:00Z", "2024-01-03T15:00:00Z", "2024-01-04T12:00:00Z");
        double[] equity = {105, 110, 99, 120, 118.8, 118.8};
        boolean[] open = {true, true, false, true, true, false};
        RunInput run = new RunInput(t, equity, open, Runs.trades(10, -5, 20, -10, 0), 100, 118.5);

        Statistics s = StatisticsCalculator.compute(run);

        assertThat(s.finalEquity()).isEqualTo(118.8);
        assertThat(s.cash()).isEqualTo(118.5);
        assertThat(s.netProfit()).isCloseTo(18.8, within(EPS));            // 118.8 - 100
        assertThat(s.totalReturn()).isCloseTo(0.188, within(EPS));         // 118.8 / 100 - 1
        // span 10:00 Jan 1 -> 12:00 Jan 4 = 74 h = 74/24 days; years = 74 / 24 / 365.25
        double cagr = Math.pow(1.188, 365.25 * 24 / 74) - 1;
        assertThat(s.cagr()).isCloseTo(cagr, within(cagr * EPS));
        // peaks 105, 110, 120: drawdowns (110-99)/110 = 0.1 and (120-118.8)/120 = 0.01
        assertThat(s.maxDrawdown()).isCloseTo(0.1, within(EPS));
        // 110 at Jan 1 16:00 recovered at Jan 3 09:00 = 41 h; 120 at Jan 3 09:00 never recovered: 27 h to the end
        assertThat(s.maxDrawdownDuration()).isCloseTo(41.0 / 24, within(EPS));
        // day ends 110, 99, 118.8, 118.8: returns 0.1, -0.1, 0.2, 0; mean 0.05; weekdays only -> 252
        // deviations 0.05, -0.15, 0.15, -0.05: squares sum 0.05, / 3 -> stdev sqrt(0.05 / 3)
        assertThat(s.sharpe()).isCloseTo(0.05 / Math.sqrt(0.05 / 3) * Math.sqrt(252), within(1e-9));
        // downside: only -0.1; sqrt(0.01 / 4) = 0.05 -> 0.05 / 0.05 * sqrt(252)
        assertThat(s.sortino()).isCloseTo(Math.sqrt(252), within(1e-9));
        assertThat(s.calmar()).isCloseTo(cagr / 0.1, within(cagr * 1e-9));
        // trades 10, -5, 20, -10, 0
        assertThat(s.trades()).isEqualTo(5);
        assertThat(s.winRate()).isEqualTo(0.4);                            // 2 / 5 (0 is not a win)
        assertThat(s.profitFactor()).isEqualTo(2.0);                       // 30 / 15
        assertThat(s.expectancy()).isEqualTo(3.0);                         // 15 / 5
        assertThat(s.avgWin()).isEqualTo(15.0);                            // 30 / 2
        assertThat(s.avgLoss()).isEqualTo(-7.5);                           // -15 / 2
        // deviations from 3: 7, -8, 17, -13, -3; squares 580; / 4 = 145; sqrt(5) * 3 / sqrt(145) = 3 / sqrt(29)
        assertThat(s.sqn()).isCloseTo(3 / Math.sqrt(29), within(EPS));
        assertThat(s.pctMonthsProfitable()).isEqualTo(1.0);                // January: 118.8 > 100
        assertThat(s.pctWeeksProfitable()).isEqualTo(1.0);                 // one ISO week
        assertThat(s.exposure()).isEqualTo(4.0 / 6);
    }

    @Test
    void cagrOverTwoYears() {
        // 730.5 days = 2 years of 365.25 days; 1.21^(1/2) - 1 = 0.1
        long[] t = {0, 730 * dev.tradewind.model.Times.NANOS_PER_DAY + dev.tradewind.model.Times.NANOS_PER_DAY / 2};
        Statistics s = StatisticsCalculator.compute(Runs.run(t, 100, 121));
        assertThat(s.cagr()).isCloseTo(0.1, within(EPS));
        assertThat(s.maxDrawdown()).isZero();
        assertThat(s.calmar()).isZero();                                   // no drawdown: undefined -> 0
    }

    @Test
    void cagrOfWipedOutAccountIsMinusOne() {
        Statistics s = StatisticsCalculator.compute(Runs.run(Runs.days("2024-01-01", 2), 50, -10));
        assertThat(s.cagr()).isEqualTo(-1);
        assertThat(s.maxDrawdown()).isEqualTo(1.2);                        // (50 - -10) / 50
    }

    @Test
    void noBars() {
        Statistics s = StatisticsCalculator.compute(Runs.run(new long[0]));
        assertThat(s).isEqualTo(new Statistics(100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void oneBar() {
        RunInput run = new RunInput(Runs.days("2024-01-01", 1), new double[] {104}, new boolean[] {true},
                List.of(), 100, 4);
        Statistics s = StatisticsCalculator.compute(run);
        // one daily return (0.04): no sample deviation -> sharpe 0; no losing day -> sortino 0; span 0 -> cagr 0
        assertThat(s).isEqualTo(new Statistics(104, 4, 4, s.totalReturn(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                1, 1, 1, 0));
        assertThat(s.totalReturn()).isCloseTo(0.04, within(EPS));
    }

    @Test
    void flatEquity() {
        Statistics s = StatisticsCalculator.compute(Runs.run(Runs.days("2024-01-01", 10),
                100, 100, 100, 100, 100, 100, 100, 100, 100, 100));
        // returns all 0: stdev 0 and downside 0 -> sharpe and sortino 0; flat is not a drawdown nor a profit
        assertThat(s).isEqualTo(new Statistics(100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void neverRecoveredDrawdownLastsToTheEnd() {
        // peak 120 on day 1, then 90 and 100: drawdown 30 / 120 = 0.25, under water from day 1 to day 3 = 2 days
        Statistics s = StatisticsCalculator.compute(Runs.run(Runs.days("2024-01-01", 4), 110, 120, 90, 100));
        assertThat(s.maxDrawdown()).isEqualTo(0.25);
        assertThat(s.maxDrawdownDuration()).isEqualTo(2.0);
    }

    @Test
    void periodsPerYearOverride() {
        RunInput run = Runs.run(Runs.days("2024-01-01", 3), 110, 99, 108.9); // returns 0.1, -0.1, 0.1
        double auto = StatisticsCalculator.compute(run).sharpe();          // Mon-Wed: 252
        double monthly = StatisticsCalculator.compute(run, StatisticsOptions.DEFAULT.withPeriodsPerYear(12)).sharpe();
        assertThat(monthly).isCloseTo(auto / Math.sqrt(252) * Math.sqrt(12), within(1e-9));
    }
}
