package dev.tradewind.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarFingerprintTest {
    /** The fingerprint as defined: SHA-256 of each row's time and OHLCV, big-endian, one row after another. */
    private static String rowByRow(BarSeries b) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < b.size(); i++) {
            md.update(ByteBuffer.allocate(48).putLong(b.time()[i]).putDouble(b.open()[i]).putDouble(b.high()[i])
                    .putDouble(b.low()[i]).putDouble(b.close()[i]).putDouble(b.volume()[i]).array());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 3000})
    void batchedRowsHashLikeSingleRows(int n) throws Exception {
        SplittableRandom r = new SplittableRandom(n);
        long[] t = new long[n];
        double[][] v = new double[5][n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_000L * i + r.nextInt(10);
            for (double[] c : v) c[i] = r.nextDouble() * 100;
        }
        BarSeries b = new BarSeries("X", t, v[0], v[1], v[2], v[3], v[4]);
        assertThat(BarFingerprint.sha256(b)).isEqualTo(rowByRow(b));
    }
}
