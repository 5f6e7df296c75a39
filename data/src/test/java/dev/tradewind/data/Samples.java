package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Paths of the shipped sample data and the test fixtures (tests run in the module directory). */
final class Samples {
    private Samples() {}

    static Path sample(String name) { return Path.of("../sample-data", name); }

    static Path fixture(String name) { return Path.of("src/test/resources/fixtures", name); }

    static BarSeries fil() throws DataException {
        return CsvBarLoader.load(sample("FILUSDT-1m-2023-08.csv.gz")).series();
    }

    /**
     * Reads text with FastCSV, and checks that reading its UTF-8 bytes as a file is read (straight from the bytes
     * when the text is plain) gives the same bars and report, or the same message.
     */
    static LoadResult read(String csv, LoadOptions options) throws DataException {
        LoadResult chars;
        try {
            chars = CsvBarLoader.read("test.csv", new StringReader(csv), options);
        } catch (DataException e) {
            try {
                CsvBarLoader.read("test.csv", csv.getBytes(StandardCharsets.UTF_8), options);
            } catch (DataException b) {
                assertThat(b.getMessage()).as("read from bytes").isEqualTo(e.getMessage());
                throw e;
            }
            throw new AssertionError("read from bytes, it loaded; from chars: " + e.getMessage());
        }
        assertSame(chars, CsvBarLoader.read("test.csv", csv.getBytes(StandardCharsets.UTF_8), options));
        return chars;
    }

    static LoadResult read(String csv) throws DataException { return read(csv, LoadOptions.defaults()); }

    /** The same bars, bit for bit, and the same report. */
    static void assertSame(LoadResult expected, LoadResult actual) {
        assertThat(actual.report()).isEqualTo(expected.report());
        BarSeries a = actual.series();
        BarSeries e = expected.series();
        assertThat(a.symbol()).isEqualTo(e.symbol());
        assertThat(a.time()).isEqualTo(e.time());
        for (double[][] c : new double[][][] {{a.open(), e.open()}, {a.high(), e.high()}, {a.low(), e.low()},
                {a.close(), e.close()}, {a.volume(), e.volume()}}) {
            assertThat(java.util.Arrays.equals(c[0], c[1])).isTrue();
        }
    }
}
