package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatisticsMapTest {
    private static final Statistics S = new Statistics(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
            18, 19, 20);

    @Test
    void keysAreTheJsonNamesInOrder() {
        assertThat(S.toMap().keySet()).containsExactly("final_equity", "cash", "net_profit", "total_return", "cagr",
                "max_drawdown", "max_drawdown_duration", "sharpe", "sortino", "calmar", "trades", "win_rate",
                "profit_factor", "expectancy", "avg_win", "avg_loss", "pct_months_profitable", "pct_weeks_profitable",
                "exposure", "sqn");
    }

    @Test
    void keysAreTheComponentNamesInSnakeCaseWithTheirValues() {
        RecordComponent[] c = Statistics.class.getRecordComponents();
        assertThat(S.toMap().keySet()).containsExactly(Arrays.stream(c)
                .map(r -> r.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new));
        assertThat(S.toMap().values()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11, 12.0,
                13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0);
    }
}
