package dev.tradewind.catalog;

import dev.tradewind.model.BarSeries;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * The table function {@code staged_bars()}: columns {@code time_ns} (BIGINT), {@code open, high, low, close, volume}
 * (DOUBLE), read from Java arrays in time order while a query runs, on one DuckDB thread per scan. Each scan starts at
 * the first bar of the source current when the query starts; a source that fails makes the query fail.
 */
final class StagedBars implements DuckDBTableFunction<Object, StagedBars.Cursor, Object> {
    static final String NAME = "staged_bars";

    /** Bars a scan reads in order; {@link #copy} may wait for bars still being read. */
    interface Source {
        /**
         * Copies the bars after the first {@code done} into {@code out} (at most its capacity), returning how many; 0
         * when there are no more.
         */
        int copy(long done, DuckDBDataChunkWriter out) throws Exception;
    }

    static final class Cursor {
        final Source source;
        long done;

        Cursor(Source source) { this.source = source; }
    }

    private final Supplier<Source> source;

    private StagedBars(Supplier<Source> source) { this.source = source; }

    /** Registers {@code staged_bars()} on a connection; each query reads the source {@code source} gives then. */
    static void register(Connection duck, Supplier<Source> source) throws SQLException {
        DuckDBFunctions.tableFunction().withName(NAME).withFunction(new StagedBars(source)).register(duck);
    }

    /** A whole series as a source. */
    static Source of(BarSeries bars) {
        long[] t = bars.time();
        double[][] v = {bars.open(), bars.high(), bars.low(), bars.close(), bars.volume()};
        return (done, out) -> write(t, v, (int) done, (int) Math.min(out.capacity(), t.length - done), out, 0);
    }

    /** Writes {@code n} bars from index {@code from} of the columns to {@code out} from its row {@code at}. */
    static int write(long[] t, double[][] v, int from, int n, DuckDBDataChunkWriter out, int at) {
        DuckDBWritableVector vt = out.vector(0);
        for (int k = 0; k < n; k++) vt.setLong(at + k, t[from + k]);
        for (int c = 0; c < 5; c++) {
            DuckDBWritableVector vc = out.vector(c + 1);
            double[] col = v[c];
            for (int k = 0; k < n; k++) vc.setDouble(at + k, col[from + k]);
        }
        return n;
    }

    @Override
    public Object bind(DuckDBTableFunctionBindInfo info) {
        info.addResultColumn("time_ns", long.class);
        for (String c : new String[] {"open", "high", "low", "close", "volume"}) info.addResultColumn(c, double.class);
        return Boolean.TRUE;
    }

    @Override
    public Cursor init(DuckDBTableFunctionInitInfo info) {
        info.setMaxThreads(1); // one cursor: the bars stay in order
        Source s = source.get();
        if (s == null) throw new IllegalStateException("no bars staged");
        return new Cursor(s);
    }

    @Override
    public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) throws Exception {
        Cursor c = info.getInitData();
        int n = c.source.copy(c.done, out);
        c.done += n;
        return n;
    }
}
