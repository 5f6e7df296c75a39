package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows written ahead ({@link Recording#writeRowsAhead}, while the CLI computes the statistics) are committed with the
 * completion, exactly as a plain completion stores them, or rolled back whole when the run fails or is abandoned.
 */
class WriteAheadTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void rowsWrittenAheadAndCompletedReadBackExactly(Backend b) {
        BacktestResult r = SampleRun.result(Packed.CHUNK + 500);
        try (RunStore store = RunStore.open(b.target(tmp), true)) {
            long ahead;
            try (Recording rec = store.begin(SampleRun.start("ahead"))) {
                ahead = rec.id();
                rec.writeRowsAhead(r);
                assertThatThrownBy(() -> rec.writeRowsAhead(r)).isInstanceOf(IllegalStateException.class);
                rec.completeInBackground(SampleRun.completion(r));
                rec.await();
            }
            long plain = RunStoreTest.record(store, "plain", r);
            long sync;
            try (Recording rec = store.begin(SampleRun.start("ahead, completed in the caller's thread"))) {
                sync = rec.id();
                rec.writeRowsAhead(r);
                rec.complete(SampleRun.completion(r));
            }
            for (long id : new long[] {ahead, sync}) {
                assertThat(store.get(id).status()).isEqualTo(RunStatus.COMPLETED);
                assertThat(store.get(id).statistics()).isEqualTo(store.get(plain).statistics());
                assertThat(store.orders(id)).isEqualTo(r.orders());
                assertThat(store.events(id)).isEqualTo(r.events());
                assertThat(store.fills(id)).isEqualTo(r.fills());
                assertThat(store.trades(id)).isEqualTo(r.trades());
                assertThat(store.signals(id)).isEqualTo(r.signals());
                assertThat(store.logs(id)).isEqualTo(r.log());
                assertThat(store.equity(id).equity()).isEqualTo(r.equity());
                assertThat(store.equity(id).time()).isEqualTo(r.time());
                assertThat(store.counts(id)).isEqualTo(store.counts(plain));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRunThatFailsOrIsAbandonedAfterItsRowsWereWrittenAheadKeepsNoneOfThem(Backend b) {
        BacktestResult r = SampleRun.result(2_000);
        try (RunStore store = RunStore.open(b.target(tmp), true)) {
            Recording failed = store.begin(SampleRun.start("failed"));
            failed.writeRowsAhead(r);
            failed.fail("statistics: boom");
            Recording abandoned = store.begin(SampleRun.start("abandoned"));
            abandoned.writeRowsAhead(r);
            abandoned.close();
            assertThat(store.get(failed.id()).status()).isEqualTo(RunStatus.FAILED);
            assertThat(store.get(failed.id()).message()).isEqualTo("statistics: boom");
            assertThat(store.get(abandoned.id()).status()).isEqualTo(RunStatus.FAILED);
            assertThat(store.get(abandoned.id()).message()).startsWith("abandoned");
            for (long id : new long[] {failed.id(), abandoned.id()}) {
                assertThat(store.orders(id)).isEmpty();
                assertThat(store.fills(id)).isEmpty();
                assertThat(store.events(id)).isEmpty();
                assertThat(store.equity(id).size()).isZero();
            }
            long next = RunStoreTest.record(store, "next", r); // the store's write lock was given back
            assertThat(store.orders(next)).isEqualTo(r.orders());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCompletionOfAnotherResultStoresThatOne(Backend b) {
        BacktestResult first = SampleRun.result(300), other = SampleRun.result(900);
        try (RunStore store = RunStore.open(b.target(tmp), true)) {
            long id;
            try (Recording rec = store.begin(SampleRun.start("switched"))) {
                id = rec.id();
                rec.writeRowsAhead(first);
                rec.completeInBackground(SampleRun.completion(other));
                rec.await();
            }
            assertThat(store.orders(id)).isEqualTo(other.orders());
            assertThat(store.equity(id).size()).isEqualTo(900);
            assertThat(store.counts(id).get("bars")).isEqualTo(900L);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRunDeletedWhileItsRowsWereWrittenAheadStoresNothing(Backend b) {
        BacktestResult r = SampleRun.result(300);
        try (RunStore store = RunStore.open(b.target(tmp), true)) {
            Recording rec = store.begin(SampleRun.start("deleted"));
            long id = rec.id();
            store.delete(id); // (after the rows, it would wait for their transaction: the write lock, or the key's row lock)
            rec.writeRowsAhead(r);
            assertThatThrownBy(() -> rec.complete(SampleRun.completion(r))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("no longer recorded as running");
            assertThat(store.orders(id)).isEmpty();
            assertThat(store.equity(id).size()).isZero();
            rec.close();
        }
    }
}
