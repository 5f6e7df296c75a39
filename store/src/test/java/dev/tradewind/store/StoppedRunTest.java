package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.store.testing.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A paper or live run its user stopped is stored as completed with a message beginning "stopped", and read as
 * STOPPED: listed under that status and not under completed, and it can be resumed.
 */
class StoppedRunTest {
    @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRunItsUserStoppedReadsAsStoppedAndCanBeResumed(Backend b) throws Exception {
        BacktestResult r = SampleRun.result(300);
        try (RunStore store = RunStore.open(b.target(tmp), true)) {
            long done;
            long stopped;
            try (Recording rec = store.begin(SampleRun.start("finished"))) {
                rec.complete(SampleRun.completion(r));
                done = rec.id();
            }
            try (Recording rec = store.begin(SampleRun.start("paper"))) {
                rec.stop(SampleRun.completion(r), "stopped (Ctrl-C or kill); continue with: tradewind paper --resume 2");
                stopped = rec.id();
            }
            assertThat(store.get(done).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(store.get(stopped).status()).isEqualTo(RunStatus.STOPPED);
            assertThat(store.list(new RunFilter(null, null, RunStatus.STOPPED, null, null, 10))).extracting(StoredRun::id)
                    .containsExactly(stopped);
            assertThat(store.list(new RunFilter(null, null, RunStatus.COMPLETED, null, null, 10))).extracting(StoredRun::id)
                    .containsExactly(done);
            try (Recording again = store.resume(stopped)) {
                assertThat(store.get(stopped).status()).isEqualTo(RunStatus.RUNNING);
                again.complete(SampleRun.completion(r));
            }
            assertThat(store.get(stopped).status()).isEqualTo(RunStatus.COMPLETED);
        }
    }
}
