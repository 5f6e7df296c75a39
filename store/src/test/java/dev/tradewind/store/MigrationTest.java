package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A store written by an older build is migrated on open and its rows read back as they were written. */
class MigrationTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aV2StoreMigratesAndItsRowsReadBack(Backend b) throws Exception {
        StoreTarget t = b.target(tmp);
        DataSource ds = RunStore.dataSource(t);
        migrateTo(t, ds, "2");
        BacktestResult r = SampleRun.result(Packed.CHUNK + 300);
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO runs (id, strategy, parameters, code_version, "
                    + "started_ns, status, host, pid) VALUES (7, 'old', '{}', 'tradewind old', 1, 'completed', 'h', 1)")) {
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO equity (run_id, chunk, first_bar, bars, time_ns, "
                    + "equity, cash, position) VALUES (7, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int chunk = 0, from = 0; from < r.bars(); chunk++, from += Packed.CHUNK) {
                    int size = Math.min(Packed.CHUNK, r.bars() - from);
                    p.setInt(1, chunk);
                    p.setInt(2, from);
                    p.setInt(3, size);
                    p.setBytes(4, Packed.longs(r.time(), from, size));
                    p.setBytes(5, Packed.doubles(r.equity(), from, size));
                    p.setBytes(6, Packed.doubles(r.cash().toArray(from, size), 0, size));
                    p.setBytes(7, Packed.doubles(r.position().toArray(from, size), 0, size));
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO order_events (run_id, seq, order_id, time_ns, kind, "
                    + "status, reason) VALUES (7, 1, 3, 100, 'ACCEPTED', 'ACCEPTED', NULL), "
                    + "(7, 2, 4, 160, 'REJECTED', 'REJECTED', 'too big')")) {
                p.executeUpdate();
            }
        }
        try (RunStore store = RunStore.open(t, true)) {
            assertThat(store.events(7)).containsExactly(new OrderEvent.Accepted(3, 100), new OrderEvent.Rejected(4, 160, "too big"));
            assertThat(store.counts(7)).containsEntry("order_events", 2L).containsEntry("bars", (long) r.bars());
            StoredEquity old = store.equity(7);
            assertThat(old.time()).isEqualTo(r.time());
            assertThat(old.equity()).isEqualTo(r.equity());
            assertThat(old.cash()).isEqualTo(r.cash().toArray());
            assertThat(old.position()).isEqualTo(r.position().toArray());
            long id;
            try (Recording rec = store.begin(SampleRun.start("new"))) {
                id = rec.id();
                rec.complete(SampleRun.completion(r));
            }
            assertThat(store.equity(id).equity()).isEqualTo(r.equity());
            assertThat(store.equity(id).time()).isEqualTo(r.time());
            assertThat(store.events(id)).isEqualTo(r.events());
            assertThat(store.counts(id)).containsEntry("order_events", (long) r.events().size());
        }
    }

    /** Migrates the store at {@code ds} only up to schema {@code version}, as an older build left it. */
    static void migrateTo(StoreTarget t, DataSource ds, String version) {
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(ds).locations("classpath:db/tradewind")
                .table(Migrations.HISTORY).target(version)
                .placeholders(Map.of("identity", t.dialect().identity(), "blob", t.dialect().blob())).load().migrate();
    }
}
