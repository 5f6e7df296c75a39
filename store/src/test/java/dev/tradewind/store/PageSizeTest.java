package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new SQLite store is made with 64 KiB pages in WAL mode; one made before with other pages keeps them and works. */
class PageSizeTest {
    @TempDir Path tmp;

    /** A connection source with no settings of ours. */
    private static org.sqlite.SQLiteDataSource plain(StoreTarget t) {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl(t.url());
        return ds;
    }

    private static String pragma(StoreTarget t, String name) throws Exception {
        try (Connection c = plain(t).getConnection();
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    private static void recordsARun(StoreTarget t) {
        BacktestResult r = SampleRun.result(3_000);
        try (RunStore store = RunStore.open(t, RunStore.dataSource(t), InstantSource.system())) {
            long id;
            try (Recording rec = store.begin(SampleRun.start("pages"))) {
                id = rec.id();
                rec.complete(SampleRun.completion(r));
            }
            assertThat(store.equity(id).equity()).isEqualTo(r.equity());
            assertThat(store.orders(id)).hasSameSizeAs(r.orders());
        }
    }

    @Test
    void aNewStoreHasLargePages() throws Exception {
        StoreTarget t = StoreTarget.parse(tmp.resolve("runs.db").toString());
        recordsARun(t);
        assertThat(pragma(t, "page_size")).isEqualTo(Integer.toString(Migrations.PAGE_SIZE));
        assertThat(pragma(t, "journal_mode")).isEqualTo("wal");
    }

    @Test
    void anOlderStoreKeepsItsPages() throws Exception {
        StoreTarget t = StoreTarget.parse(tmp.resolve("old.db").toString());
        RunStore.dataSource(t); // the native library
        try (Connection c = plain(t).getConnection();
                Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = 4096");
            s.execute("PRAGMA journal_mode = WAL");
        }
        recordsARun(t);
        assertThat(pragma(t, "page_size")).isEqualTo("4096");
    }
}
