package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep whose strategy never returns stops at the time limit with one line naming the trial and the line. */
class StuckTrialTest {
    @TempDir Path tmp;

    @Test
    void aStuckTrialStopsTheSweepWithOneLine() throws Exception {
        Path src = tmp.resolve("Stuck.java");
        Files.writeString(src, """
                import dev.tradewind.strategy.*;
                public class Stuck implements Strategy {
                    @Param(description = "n", min = 1, max = 9) int n = 1;
                    @Override public void onBar(Context ctx) {
                        long end = System.nanoTime() + 8_000_000_000L; while (System.nanoTime() < end) { Thread.interrupted(); }
                    }
                }
                """);
        StrategyRunner runner = StrategyRunner.load(Fixtures.config("2006-day-001.txt", src.toString(), null, null),
                PeriodReturns.daily());
        ParamSpace space = ParamSpace.of(runner.schema(), Map.of("n", "1:2"), Map.of());
        System.setProperty("tradewind.run-time-limit", "1");
        long t0 = System.nanoTime();
        try {
            assertThatThrownBy(() -> Sweep.run("Stuck", runner, space, Objective.of("sharpe"), new GridSearch(p -> true, 10), 2, null))
                    .isInstanceOf(UserError.class)
                    .hasMessageMatching("the trial with \\{n=[12]\\} did not finish within the time limit of 1 s \\(at Stuck.java:5\\); "
                            + "set -Dtradewind.run-time-limit=SECONDS for longer trials");
        } finally {
            System.clearProperty("tradewind.run-time-limit");
        }
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
    }
}
