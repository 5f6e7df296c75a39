package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.store.testing.Backend;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A process killed while recording leaves its run incomplete, never completed; the store stays usable. */
class KilledRunTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRunWhoseProcessWasKilledReadsAsIncomplete(Backend b) throws Exception {
        String location = b.location(tmp);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), RecordAndHang.class.getName(),
                location).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long id;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the child's run id").isNotNull();
            id = Long.parseLong(line.strip());
            RunStore store = RunStore.open(StoreTarget.parse(location), false);
            assertThat(store.get(id).status()).isEqualTo(RunStatus.RUNNING);
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        RunStore store = RunStore.open(StoreTarget.parse(location), false);
        RunStatus seen = store.get(id).status();
        for (int i = 0; i < 100 && seen == RunStatus.RUNNING; i++) { // PostgreSQL notices the closed session at once, or nearly
            Thread.sleep(100);
            seen = store.get(id).status();
        }
        assertThat(seen).isEqualTo(RunStatus.INCOMPLETE);
        assertThat(store.list(new RunFilter(null, null, RunStatus.INCOMPLETE, null, null, 10))).extracting(StoredRun::id)
                .containsExactly(id);
        assertThat(store.list(new RunFilter(null, null, RunStatus.COMPLETED, null, null, 10))).isEmpty();
        long next = RunStoreTest.record(store, "after", SampleRun.result(50));
        assertThat(store.get(next).status()).isEqualTo(RunStatus.COMPLETED);
    }
}
