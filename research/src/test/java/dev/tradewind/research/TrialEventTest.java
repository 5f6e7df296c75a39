package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flight recording of a sweep holds one trial event per trial, with its parameters, wall and CPU time. */
class TrialEventTest {

    @Test
    void aRecordingHoldsEveryTrialWithItsParametersAndTimes(@TempDir Path dir) throws Exception {
        StrategyRunner runner = Fixtures.spx("sma-cross");
        ParamSpace space = ParamSpace.of(runner.schema(), SweepTest.ranges("fast", "5:15:5", "slow", "40:60:20"), Map.of());
        Objective o = Objective.of("sharpe", false, 0, 1, null);
        Path file = dir.resolve("sweep.jfr");
        try (Recording r = new Recording()) {
            r.enable("dev.tradewind.Trial").withThreshold(java.time.Duration.ZERO);
            r.start();
            Sweep.run("sma-cross", runner, space, o, new GridSearch(p -> true, 1000), 2, null);
            r.stop();
            r.dump(file);
        }
        List<RecordedEvent> trials = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("dev.tradewind.Trial")).toList();
        assertThat(trials).hasSize(6); // fast 5, 10, 15 x slow 40, 60
        assertThat(trials).extracting(e -> e.getString("params"))
                .allMatch(p -> p.contains("fast=") && p.contains("slow="))
                .anyMatch(p -> p.contains("fast=10") && p.contains("slow=60"));
        for (RecordedEvent e : trials) {
            assertThat(e.getDuration().toNanos()).isPositive();
            assertThat(e.getLong("cpuTime")).isPositive();
        }
    }
}
