package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConcurrencyTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoWritersRecordConcurrentlyWithoutLosingARun(Backend b) throws Exception {
        StoreTarget t = b.target(tmp);
        RunStore.open(t, true);
        BacktestResult r = SampleRun.result(3_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                String name = "writer" + w;
                Callable<List<Long>> job = () -> {
                    RunStore own = RunStore.open(t, true); // like a second process: its own connections
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 6; i++) ids.add(RunStoreTest.record(own, name, r));
                    return ids;
                };
                writers.add(pool.submit(job));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : writers) all.addAll(f.get(120, TimeUnit.SECONDS));
            RunStore store = RunStore.open(t, false);
            assertThat(all).doesNotHaveDuplicates().hasSize(12);
            for (long id : all) {
                assertThat(store.get(id).status()).isEqualTo(RunStatus.COMPLETED);
                assertThat(store.fills(id)).isEqualTo(r.fills());
                assertThat(store.equity(id).size()).isEqualTo(3_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aReaderReadsWhileAWriterHoldsItsTransaction(Backend b) throws Exception {
        StoreTarget t = b.target(tmp);
        RunStore store = RunStore.open(t, true);
        long done = RunStoreTest.record(store, "done", SampleRun.result(100));
        try (Connection writer = RunStore.dataSource(t).getConnection()) {
            Sql.begin(writer, t.dialect());
            try (PreparedStatement p = writer.prepareStatement("INSERT INTO runs (strategy, parameters, code_version, "
                    + "started_ns, status, host, pid) VALUES ('uncommitted', '{}', 'x', 1, 'running', 'h', 1)")) {
                p.executeUpdate();
            }
            // the writer holds SQLite's write lock (BEGIN IMMEDIATE) or an open PostgreSQL transaction
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                Future<List<StoredRun>> read = reader.submit(() -> RunStore.open(t, false).list(RunFilter.latest(10)));
                List<StoredRun> seen = read.get(20, TimeUnit.SECONDS); // a blocked reader would wait for the busy timeout
                assertThat(seen).extracting(StoredRun::id).containsExactly(done);
                assertThat(reader.submit(() -> store.equity(done).size()).get(20, TimeUnit.SECONDS)).isEqualTo(100);
            } finally {
                reader.shutdownNow();
            }
            Sql.commit(writer, t.dialect());
        }
        assertThat(store.list(RunFilter.latest(10))).extracting(StoredRun::strategy).containsExactly("uncommitted", "done");
    }
}
