package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TradeStatsTest {

    private static Statistics of(double... pnl) { return StatisticsCalculator.compute(Runs.withTrades(pnl)); }

    @Test
    void noTrades() {
        Statistics s = of();
        assertThat(new double[] {s.trades(), s.winRate(), s.profitFactor(), s.expectancy(), s.avgWin(), s.avgLoss(),
                s.sqn()}).containsOnly(0);
    }

    @Test
    void allWinners() {
        // 10, 20, 30: win rate 1; no losses -> profit factor undefined -> 0; mean 20, stdev 10,
        // sqn = sqrt(3) * 20 / 10
        Statistics s = of(10, 20, 30);
        assertThat(s.winRate()).isEqualTo(1);
        assertThat(s.profitFactor()).isZero();
        assertThat(s.expectancy()).isEqualTo(20);
        assertThat(s.avgWin()).isEqualTo(20);
        assertThat(s.avgLoss()).isZero();
        assertThat(s.sqn()).isCloseTo(2 * Math.sqrt(3), within(1e-12));
    }

    @Test
    void sqnWithThePopulationDeviationAsBacktrader() {
        // 10, 20, 30: population sigma sqrt(200 / 3), so sqn = sqrt(3) * 20 / sqrt(200 / 3); the sample default is 2 sqrt(3)
        Statistics sample = StatisticsCalculator.compute(Runs.withTrades(10, 20, 30), StatisticsOptions.DEFAULT);
        Statistics population = StatisticsCalculator.compute(Runs.withTrades(10, 20, 30),
                StatisticsOptions.DEFAULT.withSqnDeviation(StatisticsOptions.Deviation.POPULATION));
        assertThat(sample.sqn()).isCloseTo(2 * Math.sqrt(3), within(1e-12));
        assertThat(population.sqn()).isCloseTo(Math.sqrt(3) * 20 / Math.sqrt(200.0 / 3), within(1e-12));
        assertThat(population.sqn()).isCloseTo(3 * Math.sqrt(2), within(1e-12));
    }

    @Test
    void allLosers() {
        // -4, -6: gross wins 0 -> profit factor 0 / 10 = 0; mean -5; stdev sqrt((1 + 1) / 1); sqn sqrt(2) * -5 / sqrt(2)
        Statistics s = of(-4, -6);
        assertThat(s.winRate()).isZero();
        assertThat(s.profitFactor()).isZero();
        assertThat(s.expectancy()).isEqualTo(-5);
        assertThat(s.avgWin()).isZero();
        assertThat(s.avgLoss()).isEqualTo(-5);
        assertThat(s.sqn()).isCloseTo(-5, within(1e-12));
    }

    @Test
    void oneTradeHasNoSqn() {
        Statistics s = of(7);
        assertThat(s.trades()).isEqualTo(1);
        assertThat(s.expectancy()).isEqualTo(7);
        assertThat(s.sqn()).isZero();
    }

    @Test
    void identicalTradesHaveNoSqn() {
        assertThat(of(5, 5, 5).sqn()).isZero(); // stdev 0 -> 0
    }

    @Test
    void mixed() {
        // 6, -2, -1: win rate 1/3; profit factor 6 / 3 = 2; expectancy 1; avg win 6; avg loss -1.5
        Statistics s = of(6, -2, -1);
        assertThat(s.winRate()).isEqualTo(1.0 / 3);
        assertThat(s.profitFactor()).isEqualTo(2);
        assertThat(s.expectancy()).isEqualTo(1);
        assertThat(s.avgWin()).isEqualTo(6);
        assertThat(s.avgLoss()).isEqualTo(-1.5);
    }
}
