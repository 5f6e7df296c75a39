package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both databases get the same logical schema from the same migrations. */
class SchemaTest {
    @TempDir Path tmp;

    @Test
    void sqliteAndPostgresHaveTheSameTablesAndColumns() throws Exception {
        Map<String, TreeSet<String>> sqlite = columns(Backend.SQLITE.target(tmp));
        Map<String, TreeSet<String>> postgres = columns(Backend.POSTGRESQL.target(tmp));
        assertThat(sqlite.keySet()).containsExactly("equity", "fills", "flyway_schema_history", "ledger", "logs",
                "order_event_columns", "order_events", "orders", "packed_rows", "registry_settings", "runs", "signals", "strategies",
                "sweep_trials", "sweeps", "symbols", "trades");
        assertThat(postgres).isEqualTo(sqlite);
        assertThat(sqlite.get("runs")).contains("id", "strategy", "parameters", "config", "data_fingerprint", "code_version",
                "started_ns", "ended_ns", "status", "statistics", "orders_hash");
    }

    private static Map<String, TreeSet<String>> columns(StoreTarget t) throws Exception {
        RunStore.open(t, true);
        Map<String, TreeSet<String>> out = new TreeMap<>();
        try (Connection c = RunStore.dataSource(t).getConnection();
                ResultSet r = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
            while (r.next()) {
                String table = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("sqlite_")) continue;
                out.computeIfAbsent(table, k -> new TreeSet<>()).add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
