package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadTest {

    private static String text(int n) {
        StringBuilder b = new StringBuilder(n);
        SplittableRandom rnd = new SplittableRandom(n);
        for (int i = 0; i < n; i++) b.append((char) (rnd.nextInt(5) == 0 ? 0x20AC : 'a' + rnd.nextInt(26)));
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 32_767, 32_768, 32_769, 5 * 32_768 + 7, 1_000_000})
    void readsExactlyTheSourceWhateverTheReadSizes(int n) throws IOException {
        String t = text(n);
        SplittableRandom rnd = new SplittableRandom(7);
        StringBuilder out = new StringBuilder();
        try (ReadAhead r = new ReadAhead(new StringReader(t))) {
            char[] buf = new char[70_000];
            int k;
            while ((k = r.read(buf, 3, 1 + rnd.nextInt(buf.length - 3))) >= 0) out.append(buf, 3, k);
            assertThat(r.read(buf, 0, 10)).isEqualTo(-1);
            assertThat(r.read(buf, 0, 0)).isZero();
        }
        assertThat(out.toString()).isEqualTo(t);
    }

    /** A source that gives {@code good} chars, then fails. */
    private static Reader failingAfter(int good, Exception failure) {
        return new Reader() {
            private int given;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
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
            public void close() {}
        };
    }

    @Test
    void whatTheSourceThrowsComesOutAfterTheCharsBeforeIt() throws IOException {
        IOException zlib = new java.util.zip.ZipException("Unexpected end of ZLIB input stream");
        try (ReadAhead r = new ReadAhead(failingAfter(100_000, zlib))) {
            char[] buf = new char[4096];
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
            assertThatThrownBy(() -> r.read(new char[10], 0, 10)).isSameAs(bug);
        }
    }

    @Test
    void closeStopsTheThreadOnAnEndlessSource() throws IOException {
        AtomicLong reads = new AtomicLong();
        Reader endless = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) {
                reads.incrementAndGet();
                java.util.Arrays.fill(cbuf, off, off + len, 'y');
                return len;
            }

            @Override
            public void close() {}
        };
        ReadAhead r = new ReadAhead(endless);
        assertThat(r.reading()).isTrue();
        assertThat(r.read(new char[10], 0, 10)).isEqualTo(10);
        r.close();
        long after = reads.get();
        assertThat(r.reading()).isFalse();
        assertThat(reads.get()).isEqualTo(after);
        assertThatThrownBy(() -> r.read(new char[10], 0, 10)).isInstanceOf(IOException.class);
        r.close(); // twice is fine
    }
}
