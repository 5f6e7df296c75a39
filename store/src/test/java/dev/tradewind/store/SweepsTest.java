package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A sweep and every one of its trials read back as recorded, on both databases. */
class SweepsTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordedSweepReadsBackWithEveryTrial(Backend b) {
        RunStore store = RunStore.open(b.target(tmp), true);
        List<StoredTrial> trials = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("sharpe", i / 1000.0);
            stats.put("trades", i % 40);
            trials.add(new StoredTrial(i, Map.of("fast", Integer.toString(i % 50), "slow", "200"), i % 7 == 0 ? Double.NaN : i / 3.0,
                    i % 5 != 0, stats));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("trials", 2500);
        summary.put("deflated_sharpe", 0.42);
        StoredSweep s = new StoredSweep(0, "sma-cross", "FILUSDT", "fil.csv", "grid", "maximize sharpe; trades >= 10",
                Map.of("fast", "1:50", "slow", "200"), "{\"x\":1}", "tradewind test", 1_000, 2_000, 2500, 2000, 2498,
                832.6666666666666, 0.42, Double.NaN, summary);
        long id = store.sweeps().record(s, trials);
        StoredSweep back = store.sweeps().get(id);
        assertThat(back).isEqualTo(new StoredSweep(id, s.strategy(), s.symbol(), s.data(), s.method(), s.objective(), s.space(),
                s.config(), s.codeVersion(), s.startedNs(), s.endedNs(), s.trials(), s.feasible(), s.bestTrial(),
                s.bestObjective(), s.deflatedSharpe(), s.pbo(), s.summary()));
        assertThat(Double.isNaN(back.pbo())).isTrue();
        List<StoredTrial> read = store.sweeps().trials(id);
        assertThat(read).hasSize(2500);
        for (int i = 0; i < read.size(); i++) {
            StoredTrial t = read.get(i);
            StoredTrial e = trials.get(i);
            assertThat(t.trial()).isEqualTo(e.trial());
            assertThat(t.params()).isEqualTo(e.params());
            assertThat(Double.compare(t.objective(), e.objective())).isZero();
            assertThat(t.feasible()).isEqualTo(e.feasible());
            assertThat(((Number) t.statistics().get("sharpe")).doubleValue()).isEqualTo((Double) e.statistics().get("sharpe"));
        }
        long second = store.sweeps().record(s, trials.subList(0, 3));
        assertThat(store.sweeps().list()).extracting(StoredSweep::id).containsExactly(second, id);
        assertThat(store.sweeps().delete(id)).isTrue();
        assertThat(store.sweeps().delete(id)).isFalse();
        assertThat(store.sweeps().trials(id)).isEmpty();
        assertThat(store.sweeps().trials(second)).hasSize(3);
        assertThatThrownBy(() -> store.sweeps().get(id)).isInstanceOf(StoreException.class).hasMessageContaining("no sweep " + id);
        store.close();
    }
}
