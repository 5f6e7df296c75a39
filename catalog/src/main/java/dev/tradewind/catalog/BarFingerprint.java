package dev.tradewind.catalog;

import dev.tradewind.model.BarSeries;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a bar series' values (times and OHLCV bits, in order; not the symbol): ties a run to the exact bars it
 * read from the catalog, whatever else was imported since.
 */
public final class BarFingerprint {
    private BarFingerprint() {}

    public static String sha256(BarSeries bars) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer rows = ByteBuffer.allocate(48 * 1024); // big-endian, 1,024 rows per update: the same bytes
            long[] t = bars.time();
            double[] o = bars.open(), h = bars.high(), l = bars.low(), c = bars.close(), v = bars.volume();
            for (int i = 0; i < t.length; i++) {
                if (!rows.hasRemaining()) {
                    md.update(rows.array(), 0, rows.position());
                    rows.clear();
                }
                rows.putLong(t[i]).putDouble(o[i]).putDouble(h[i]).putDouble(l[i]).putDouble(c[i]).putDouble(v[i]);
            }
            md.update(rows.array(), 0, rows.position());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
