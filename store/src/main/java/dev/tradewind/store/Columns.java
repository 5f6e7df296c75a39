package dev.tradewind.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;

/**
 * A table's rows as packed columns in one BLOB (schema V7, table {@code packed_rows}). The columns follow one another
 * in the order the table's layout lists them (V7__packed_rows.sql); each is its byte length as an unsigned LEB128
 * varint, then its bytes:
 *
 * <ul>
 *   <li>int64 (ids, times, counts; booleans as 0 and 1): {@link Packed#timesXor} (zigzagged delta of delta);
 *   <li>double: {@link Packed#doublesXor} (the bits XOR the previous value's; every bit kept, NaN included);
 *   <li>text: the number of distinct values, each as its UTF-8 byte length and bytes, in order of first appearance
 *       (all varints), then each row's index into them as an int64 series as above.
 * </ul>
 *
 * A blob that does not hold exactly the columns asked for, each of exactly {@code rows} values, is an
 * {@link SQLException}, never a wrong row.
 */
final class Columns {
    private Columns() {}

    /** Builds a blob column by column. */
    static final class Writer {
        private final int rows;
        private byte[] out = new byte[256];
        private int pos;

        Writer(int rows) { this.rows = rows; }

        Writer longs(long[] a) {
            check(a.length);
            return column(Packed.timesXor(a, 0, rows));
        }

        Writer doubles(double[] a) {
            check(a.length);
            return column(Packed.doublesXor(a, 0, rows));
        }

        Writer texts(Texts t) {
            check(t.at.length);
            byte[] indices = Packed.timesXor(t.at, 0, rows);
            Writer c = new Writer(0);
            c.varint(t.index.size());
            c.bytes(t.values.out, t.values.pos);
            c.bytes(indices, indices.length);
            return column(Arrays.copyOf(c.out, c.pos));
        }

        byte[] finish() { return Arrays.copyOf(out, pos); }

        private void check(int n) {
            if (n != rows) throw new IllegalArgumentException("column of " + n + " values in a table of " + rows + " rows");
        }

        private Writer column(byte[] b) {
            varint(b.length);
            bytes(b, b.length);
            return this;
        }

        private void varint(int v) {
            ensure(5);
            pos = Packed.varint(out, pos, v);
        }

        private void bytes(byte[] b, int n) {
            ensure(n);
            System.arraycopy(b, 0, out, pos, n);
            pos += n;
        }

        private void ensure(int more) {
            if (pos + more > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, pos + more));
        }
    }

    /**
     * A text column being filled row by row ({@link #set}, one call a value, so that the JIT compiles it after a few
     * hundred rows instead of leaving a long loop to the interpreter): its distinct values and each row's index.
     */
    static final class Texts {
        private final long[] at;
        private final HashMap<String, Integer> index = new HashMap<>();
        private final Writer values = new Writer(0);

        Texts(int rows) { at = new long[rows]; }

        /** Row {@code i}'s value; null is refused (the row tables' text columns are NOT NULL). */
        void set(int i, String s) {
            if (s == null) throw new IllegalArgumentException("text column value " + i + " is null");
            Integer k = index.get(s);
            if (k == null) {
                k = index.size();
                index.put(s, k);
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                values.varint(b.length);
                values.bytes(b, b.length);
            }
            at[i] = k;
        }
    }

    /** Reads a blob's columns back in the order they were written; {@link #end} checks nothing is left. */
    static final class Reader {
        private final byte[] in;
        private final int rows;
        private final String what;
        private int pos;

        /** {@code what} names the blob in errors ("run 7 orders"). */
        Reader(byte[] in, int rows, String what) throws SQLException {
            if (in == null) throw new SQLException(what + ": packed columns are NULL");
            if (rows < 0) throw new SQLException(what + ": " + rows + " rows");
            this.in = in;
            this.rows = rows;
            this.what = what;
        }

        long[] longs() throws SQLException {
            long[] a = new long[rows];
            byte[] c = column();
            try {
                Packed.timesXor(c, a, 0, rows);
            } catch (SQLException e) {
                throw corrupt();
            }
            return a;
        }

        double[] doubles() throws SQLException {
            double[] a = new double[rows];
            byte[] c = column();
            try {
                Packed.doublesXor(c, a, 0, rows);
            } catch (SQLException e) {
                throw corrupt();
            }
            return a;
        }

        String[] texts() throws SQLException {
            byte[] c = column();
            int[] p = {0};
            int distinct = varint(c, p);
            if (distinct > rows) throw corrupt();
            String[] values = new String[distinct];
            for (int k = 0; k < distinct; k++) {
                int len = varint(c, p);
                if (len > c.length - p[0]) throw corrupt();
                values[k] = new String(c, p[0], len, StandardCharsets.UTF_8);
                p[0] += len;
            }
            long[] at = new long[rows];
            try {
                Packed.timesXor(Arrays.copyOfRange(c, p[0], c.length), at, 0, rows);
            } catch (SQLException e) {
                throw corrupt();
            }
            String[] a = new String[rows];
            for (int i = 0; i < rows; i++) {
                if (at[i] < 0 || at[i] >= distinct) throw corrupt();
                a[i] = values[(int) at[i]];
            }
            return a;
        }

        void end() throws SQLException {
            if (pos != in.length) throw corrupt();
        }

        private byte[] column() throws SQLException {
            int[] p = {pos};
            int len = varint(in, p);
            if (len > in.length - p[0]) throw corrupt();
            pos = p[0] + len;
            return Arrays.copyOfRange(in, p[0], pos);
        }

        private int varint(byte[] b, int[] p) throws SQLException {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                if (p[0] >= b.length || shift > 28) throw corrupt();
                int x = b[p[0]++] & 0xFF;
                v |= (x & 0x7F) << shift;
                if (x < 0x80) break;
            }
            if (v < 0) throw corrupt();
            return v;
        }

        private SQLException corrupt() { return new SQLException(what + ": packed columns of " + rows + " rows are malformed"); }
    }
}
