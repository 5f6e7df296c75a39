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
            ByteBuffer row = ByteBuffer.allocate(48);
            for (int i = 0; i < bars.size(); i++) {
                row.clear();
                row.putLong(bars.time()[i]).putDouble(bars.open()[i]).putDouble(bars.high()[i]).putDouble(bars.low()[i])
                        .putDouble(bars.close()[i]).putDouble(bars.volume()[i]);
                md.update(row.array());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
