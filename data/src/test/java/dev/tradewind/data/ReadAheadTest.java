package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadTest {

    private static byte[] text(int n) {
        byte[] b = new byte[n];
        new SplittableRandom(n).nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 5 * 65_536 + 7, 1_000_000})
    void readsExactlyTheSourceWhateverTheReadSizes(int n) throws IOException {
        byte[] t = text(n);
        SplittableRandom rnd = new SplittableRandom(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReadAhead r = new ReadAhead(new ByteArrayInputStream(t))) {
            byte[] buf = new byte[140_000];
            int k;
            while ((k = r.read(buf, 3, 1 + rnd.nextInt(buf.length - 3))) >= 0) out.write(buf, 3, k);
            assertThat(r.read(buf, 0, 10)).isEqualTo(-1);
            assertThat(r.read(buf, 0, 0)).isZero();
        }
        assertThat(out.toByteArray()).isEqualTo(t);
    }

    /** A source that gives {@code good} bytes, then fails. */
    private static InputStream failingAfter(int good, Exception failure) {
        return new InputStream() {
            private int given;

            @Override
            public int read(byte[] cbuf, int off, int len) throws IOException {
                if (given == good) {
                    if (failure instanceof IOException io) throw io;
                    throw (RuntimeException) failure;
                }
                int n = Math.min(len, good - given);
                for (int i = 0; i < n; i++) cbuf[off + i] = 'x';
                given += n;
                return n;
            }

            @Override
            public int read() { throw new UnsupportedOperationException(); }
        };
    }

    @Test
    void whatTheSourceThrowsComesOutAfterTheBytesBeforeIt() throws IOException {
        IOException zlib = new java.util.zip.ZipException("Unexpected end of ZLIB input stream");
        try (ReadAhead r = new ReadAhead(failingAfter(100_000, zlib))) {
            byte[] buf = new byte[4096];
            long got = 0;
            IOException thrown = null;
            try {
                for (int k; (k = r.read(buf, 0, buf.length)) >= 0; ) got += k;
            } catch (IOException e) {
                thrown = e;
            }
            assertThat(got).isEqualTo(100_000);
            assertThat(thrown).isSameAs(zlib);
            assertThatThrownBy(() -> r.read(buf, 0, 1)).isSameAs(zlib);
        }
        IllegalStateException bug = new IllegalStateException("bug");
        try (ReadAhead r = new ReadAhead(failingAfter(0, bug))) {
            assertThatThrownBy(() -> r.read(new byte[10], 0, 10)).isSameAs(bug);
        }
    }

    @Test
    void closeStopsTheThreadOnAnEndlessSource() throws IOException {
        AtomicLong reads = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read(byte[] cbuf, int off, int len) {
                reads.incrementAndGet();
                java.util.Arrays.fill(cbuf, off, off + len, (byte) 'y');
                return len;
            }

            @Override
            public int read() { return 'y'; }
        };
        ReadAhead r = new ReadAhead(endless);
        assertThat(r.reading()).isTrue();
        assertThat(r.read(new byte[10], 0, 10)).isEqualTo(10);
        r.close();
        long after = reads.get();
        assertThat(r.reading()).isFalse();
        assertThat(reads.get()).isEqualTo(after);
        assertThatThrownBy(() -> r.read(new byte[10], 0, 10)).isInstanceOf(IOException.class);
        r.close(); // twice is fine
    }
}
