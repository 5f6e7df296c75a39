package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A reserved (queued) run has its id at once, takes its connection when it starts, and completes as any run. */
class ReservedRunTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aReservedRunIsAttachedWhenItStartsAndCompletes(Backend b) {
        RunStore store = RunStore.open(StoreTarget.parse(b.location(tmp)), true);
        Recording queued = store.reserve(SampleRun.start("queued"));
        assertThat(store.get(queued.id()).strategy()).isEqualTo("queued");
        queued.attach();
        assertThat(store.get(queued.id()).status()).isEqualTo(RunStatus.RUNNING);
        queued.complete(SampleRun.completion(SampleRun.result(20)));
        assertThat(store.get(queued.id()).status()).isEqualTo(RunStatus.COMPLETED);

        Recording cancelled = store.reserve(SampleRun.start("cancelled"));
        cancelled.fail("cancelled"); // never started: takes a connection only to say so
        assertThat(store.get(cancelled.id()).status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.get(cancelled.id()).message()).isEqualTo("cancelled");
    }
}
