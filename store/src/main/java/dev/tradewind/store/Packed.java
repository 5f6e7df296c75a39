package dev.tradewind.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.SQLException;

/**
 * The equity curve's column encodings, in chunks of {@link #CHUNK} bars. Both are exact (every bit of every value comes
 * back).
 *
 * <ul>
 *   <li>{@link #RAW} (schema V1, still read): one 8-byte little-endian value per bar (int64 times, IEEE-754 doubles).
 *   <li>{@link #XOR} (written since schema V3): each 64-bit word is turned into a residual that is usually zero or
 *       short, then packed. Times: the zigzagged difference of successive differences (0 for evenly spaced bars).
 *       Doubles: the raw bits XOR the previous value's bits (0 while cash or the position do not change). A run of
 *       zero residuals is the byte {@code 0xFF} and its length as an unsigned LEB128 varint; any other residual is a
 *       header byte {@code lead << 4 | trail} (its zero bytes at the high and low end, {@code lead + trail <= 7})
 *       followed by its {@code 8 - lead - trail} remaining bytes, low to high. A month of minute bars shrinks from
 *       1.4 MB to about a fifth, most of it the equity column, which changes at every bar while a position is open.
 * </ul>
 */
final class Packed {
    static final int CHUNK = 16_384;
    /** Encoding 0: 8 bytes per value. */
    static final int RAW = 0;
    /** Encoding 1: XOR / delta-of-delta residuals, zero runs and zero bytes dropped. */
    static final int XOR = 1;

    private static final int ZERO_RUN = 0xFF;

    private Packed() {}

    // ---- RAW

    static byte[] longs(long[] a, int from, int n) {
        ByteBuffer b = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(a, from, n);
        return b.array();
    }

    static byte[] doubles(double[] a, int from, int n) {
        ByteBuffer b = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(a, from, n);
        return b.array();
    }

    static void longs(byte[] bytes, long[] into, int from, int n) throws SQLException {
        check(bytes, n);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(into, from, n);
    }

    static void doubles(byte[] bytes, double[] into, int from, int n) throws SQLException {
        check(bytes, n);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(into, from, n);
    }

    private static void check(byte[] bytes, int n) throws SQLException {
        if (bytes == null || bytes.length != n * 8) {
            throw new SQLException("equity chunk holds " + (bytes == null ? 0 : bytes.length) + " bytes, expected " + n * 8);
        }
    }

    // ---- XOR

    /** Times (or any int64 series) as zigzagged deltas of deltas. */
    static byte[] timesXor(long[] a, int from, int n) {
        Encoder e = new Encoder(n);
        long prev = 0, prevDelta = 0;
        for (int i = from, end = from + n; i < end; i++) {
            long delta = a[i] - prev;
            long dd = delta - prevDelta;
            e.put((dd << 1) ^ (dd >> 63));
            prev = a[i];
            prevDelta = delta;
        }
        return e.finish();
    }

    /** Doubles as the XOR of each value's bits with the previous value's. */
    static byte[] doublesXor(double[] a, int from, int n) {
        Encoder e = new Encoder(n);
        long prev = 0;
        for (int i = from, end = from + n; i < end; i++) {
            long bits = Double.doubleToRawLongBits(a[i]);
            e.put(bits ^ prev);
            prev = bits;
        }
        return e.finish();
    }

    static void timesXor(byte[] bytes, long[] into, int from, int n) throws SQLException {
        Decoder d = new Decoder(bytes, n);
        long prev = 0, prevDelta = 0;
        for (int i = from, end = from + n; i < end; i++) {
            long z = d.next();
            long delta = prevDelta + ((z >>> 1) ^ -(z & 1));
            prev += delta;
            prevDelta = delta;
            into[i] = prev;
        }
        d.end();
    }

    static void doublesXor(byte[] bytes, double[] into, int from, int n) throws SQLException {
        Decoder d = new Decoder(bytes, n);
        long prev = 0;
        for (int i = from, end = from + n; i < end; i++) {
            prev ^= d.next();
            into[i] = Double.longBitsToDouble(prev);
        }
        d.end();
    }

    /** Packs residuals; zero runs are flushed lazily. */
    /**
     * Writes {@code v} (not negative) as an unsigned LEB128 varint at {@code pos} of {@code out}, which has room for 5
     * bytes there, and returns the position after it.
     */
    static int varint(byte[] out, int pos, int v) {
        while ((v & ~0x7F) != 0) {
            out[pos++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        out[pos++] = (byte) v;
        return pos;
    }

    private static final class Encoder {
        private byte[] out;
        private int pos;
        private int zeros;

        Encoder(int n) { out = new byte[Math.max(16, n * 3)]; }

        void put(long w) {
            if (w == 0) {
                zeros++;
                return;
            }
            if (zeros > 0) flushZeros();
            int lead = Long.numberOfLeadingZeros(w) >>> 3;
            int trail = Long.numberOfTrailingZeros(w) >>> 3;
            int len = 8 - lead - trail;
            ensure(1 + len);
            byte[] o = out;
            int p = pos;
            o[p++] = (byte) (lead << 4 | trail);
            long v = w >>> (trail << 3);
            for (int k = 0; k < len; k++, v >>>= 8) o[p++] = (byte) v;
            pos = p;
        }

        private void flushZeros() {
            ensure(6);
            out[pos++] = (byte) ZERO_RUN;
            pos = varint(out, pos, zeros);
            zeros = 0;
        }

        private void ensure(int more) {
            if (pos + more > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, pos + more));
        }

        byte[] finish() {
            if (zeros > 0) flushZeros();
            return java.util.Arrays.copyOf(out, pos);
        }
    }

    /** Reads residuals back; a malformed blob is an {@link SQLException}, never a wrong curve. */
    private static final class Decoder {
        private final byte[] in;
        private final int n;
        private int pos;
        private int zeros;

        Decoder(byte[] in, int n) throws SQLException {
            if (in == null) throw new SQLException("packed series is NULL");
            this.in = in;
            this.n = n;
        }

        long next() throws SQLException {
            if (zeros > 0) {
                zeros--;
                return 0;
            }
            try {
                int h = in[pos++] & 0xFF;
                if (h == ZERO_RUN) {
                    int z = 0;
                    for (int shift = 0; ; shift += 7) {
                        int b = in[pos++] & 0xFF;
                        z |= (b & 0x7F) << shift;
                        if (b < 0x80) break;
                        if (shift > 21) throw corrupt();
                    }
                    if (z <= 0 || z > n) throw corrupt();
                    zeros = z - 1;
                    return 0;
                }
                int lead = h >>> 4, trail = h & 0xF;
                int len = 8 - lead - trail;
                if (len < 1) throw corrupt();
                long v = 0;
                for (int k = 0; k < len; k++) v |= (in[pos++] & 0xFFL) << (k << 3);
                return v << (trail << 3);
            } catch (ArrayIndexOutOfBoundsException e) {
                throw corrupt();
            }
        }

        void end() throws SQLException {
            if (zeros != 0 || pos != in.length) throw corrupt();
        }

        private SQLException corrupt() {
            return new SQLException("packed series of " + n + " values is malformed (" + in.length + " bytes)");
        }
    }
}
