package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.store.testing.Backend;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Bad stores and failing writes: one clear line, nothing half-written. */
class FaultTest {
    @TempDir Path tmp;

    @Test
    void aCorruptFileIsNotAStore() throws Exception {
        Path file = tmp.resolve("runs.db");
        byte[] junk = new byte[8192];
        new java.util.Random(1).nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> RunStore.open(file.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessage("store " + file + ": cannot open: not an SQLite database (the file is corrupt or another kind of "
                        + "file); move it away or use --store for another store");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aTextFileIsNotAStore() throws Exception {
        Path file = tmp.resolve("notes.txt");
        Files.writeString(file, "these are my notes, not a database\n".repeat(300));
        assertThatThrownBy(() -> RunStore.open(file.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("not an SQLite database");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aForeignDatabaseIsNotAStoreAndIsLeftAlone(Backend b) throws Exception {
        StoreTarget t = b.target(tmp);
        try (Connection c = RunStore.dataSource(t).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO customers VALUES (1, 'Ada')");
        }
        assertThatThrownBy(() -> RunStore.open(t, true)).isInstanceOf(StoreException.class)
                .hasMessage("store " + t.display() + ": not a Tradewind run store (it holds other tables and no Tradewind "
                        + "schema history); use --store for another store");
        try (Connection c = RunStore.dataSource(t).getConnection(); Statement s = c.createStatement();
                var r = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            int tables = 0;
            while (r.next()) tables++;
            assertThat(tables).as("nothing was created").isEqualTo(1);
        }
    }

    @Test
    void aMissingPostgresServerIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/runs?user=me&password=secret";
        assertThatThrownBy(() -> RunStore.open(url)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store jdbc:postgresql://127.0.0.1:" + port + "/runs?user=me&password=***: cannot open: "
                        + "cannot connect to PostgreSQL: Connection to 127.0.0.1:" + port + " refused")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingStoreIsNotCreatedByAReader() {
        Path file = tmp.resolve("nope.db");
        assertThatThrownBy(() -> RunStore.open(StoreTarget.parse(file.toString()), false)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store " + file + ": no run store there");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFullDiskOnSqliteRollsBackTheWholeRunAndMarksItFailed() throws Exception {
        StoreTarget t = StoreTarget.parse(tmp.resolve("runs.db").toString());
        RunStore.open(t, true);
        int pages;
        try (Connection c = DriverManager.getConnection(t.url()); Statement s = c.createStatement();
                var r = s.executeQuery("PRAGMA page_count")) {
            r.next();
            pages = r.getInt(1);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        config.setMaxPageCount(pages + 1); // one page (64 KiB) for the run's row, none for its results: a real SQLITE_FULL
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(t.url());
        RunStore store = RunStore.open(t, ds, InstantSource.system());
        BacktestResult r = SampleRun.result(100_000);
        Recording rec = store.begin(SampleRun.start("too-big"));
        assertThatThrownBy(() -> rec.complete(SampleRun.completion(r))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store " + t.display() + ": cannot record run " + rec.id() + ": disk full (")
                .hasMessageEndingWith("nothing of this write was kept");
        RunStore reader = RunStore.open(t, false);
        StoredRun run = reader.get(rec.id());
        assertThat(run.status()).isIn(RunStatus.FAILED, RunStatus.INCOMPLETE);
        assertThat(run.statistics()).isEmpty();
        assertThat(reader.orders(rec.id())).isEmpty();
        assertThat(reader.events(rec.id())).isEmpty();
        assertThat(reader.fills(rec.id())).isEmpty();
        assertThat(reader.equity(rec.id()).size()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aWriteFailingMidwayKeepsNothingOfTheRun(Backend b) {
        StoreTarget t = b.target(tmp);
        RunStore.open(t, true);
        DataSource failing = failOnEquity(RunStore.dataSource(t));
        RunStore store = RunStore.open(t, failing, InstantSource.system());
        Recording rec = store.begin(SampleRun.start("unlucky"));
        assertThatThrownBy(() -> rec.complete(SampleRun.completion(SampleRun.result(400)))).isInstanceOf(StoreException.class)
                .hasMessage("store " + t.display() + ": cannot record run " + rec.id()
                        + ": disk full (could not extend file: No space left on device); nothing of this write was kept");
        StoredRun run = store.get(rec.id());
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).startsWith("not recorded: ").contains("disk full");
        assertThat(store.orders(rec.id())).isEmpty();
        assertThat(store.events(rec.id())).isEmpty();
        assertThat(store.fills(rec.id())).isEmpty();
        assertThat(store.trades(rec.id())).isEmpty();
        assertThat(store.logs(rec.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBackgroundWriteThatFailsIsReportedByAwaitAndKeepsNothing(Backend b) {
        StoreTarget t = b.target(tmp);
        RunStore.open(t, true);
        RunStore store = RunStore.open(t, failOnEquity(RunStore.dataSource(t)), InstantSource.system());
        Recording rec = store.begin(SampleRun.start("unlucky"));
        rec.completeInBackground(SampleRun.completion(SampleRun.result(400)));
        assertThatThrownBy(rec::await).isInstanceOf(StoreException.class).hasMessageContaining("disk full");
        rec.close();
        assertThat(store.get(rec.id()).status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.orders(rec.id())).isEmpty();
    }

    /** A data source whose connections fail like a full disk when the equity curve is written. */
    static DataSource failOnEquity(DataSource real) {
        InvocationHandler ds = (proxy, m, args) -> {
            Object out = invoke(real, m, args);
            return m.getName().equals("getConnection") ? connection((Connection) out) : out;
        };
        return (DataSource) Proxy.newProxyInstance(FaultTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, ds);
    }

    private static Connection connection(Connection real) {
        InvocationHandler h = (proxy, m, args) -> {
            Object out = invoke(real, m, args);
            if (m.getName().equals("prepareStatement") && args[0] instanceof String sql && sql.startsWith("INSERT INTO equity")) {
                return statement((PreparedStatement) out);
            }
            return out;
        };
        return (Connection) Proxy.newProxyInstance(FaultTest.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private static PreparedStatement statement(PreparedStatement real) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("executeBatch")) {
                throw new SQLException("could not extend file: No space left on device", "53100");
            }
            return invoke(real, m, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(FaultTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
