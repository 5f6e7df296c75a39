package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A file loaded in two halves gives what loading it from start to end gives: the same bars and report, or the same
 * message, and the same hash; checked on clean files and on files with the faults a half cannot judge alone.
 */
class SplitLoadTest {
    private static final long T0 = 1_700_000_000_000L;

    /** What a load gave: its result or its message, and the file's hash. */
    private record Outcome(LoadResult result, String message, String sha) {}

    private static Outcome load(Path f, LoadOptions o, long splitFrom) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try {
            LoadResult r = CsvBarLoader.load(f, o, d, null, splitFrom);
            return new Outcome(r, null, HexFormat.of().formatHex(d.digest()));
        } catch (DataException e) {
            return new Outcome(null, e.getMessage(), null);
        }
    }

    private static void assertSameLoad(Path f, LoadOptions o) throws Exception {
        Outcome whole = load(f, o, Long.MAX_VALUE);
        Outcome split = load(f, o, 0);
        assertThat(split.message).isEqualTo(whole.message);
        if (whole.result != null) {
            Samples.assertSame(whole.result, split.result);
            assertThat(split.sha).isEqualTo(whole.sha);
        }
    }

    /** Rows of a one-minute file with the given faults; {@code fault} picks them, {@code at} where. */
    static String file(int rows, int fault, int at, boolean header, boolean crlf, boolean lastNewline, long seed) {
        Random r = new Random(seed);
        String nl = crlf ? "\r\n" : "\n";
        StringBuilder s = new StringBuilder();
        if (header) s.append("open_time,open,high,low,close,volume").append(nl);
        for (int i = 0; i < rows; i++) {
            long t = T0 + i * 60_000L;
            double o = 100 + r.nextInt(1000) / 100.0;
            double c = 100 + r.nextInt(1000) / 100.0;
            double h = Math.max(o, c) + r.nextInt(50) / 100.0;
            double l = Math.min(o, c) - r.nextInt(50) / 100.0;
            String row = header ? t + "," + o + "," + h + "," + l + "," + c + "," + r.nextInt(10_000)
                    : t + "," + o + "," + h + "," + l + "," + c + "," + r.nextInt(10_000) + "," + (t + 59_999) + ",1,2,3,4,0";
            if (i == at) {
                switch (fault) {
                    case 1 -> row = (T0 + (i - 1) * 60_000L) + row.substring(row.indexOf(',')); // a duplicate time
                    case 2 -> row = (T0 + (i - 3) * 60_000L) + row.substring(row.indexOf(',')); // a time going back
                    case 3 -> row = row.replaceFirst(",[0-9.]+,", ",x,"); // a bad number
                    case 4 -> row = row + nl; // an empty line after it
                    case 5 -> row = t + "," + o + "," + (l - 1) + "," + l + "," + c + "," + 5; // high below low
                    case 6 -> row = t + ",1,2"; // too few fields
                    case 7 -> row = "\"" + row + "\""; // a quote: not plain
                    default -> { }
                }
            }
            s.append(row);
            if (i < rows - 1 || lastNewline) s.append(nl);
        }
        return s.toString();
    }

    @Property(tries = 150)
    void twoHalvesLoadWhatTheWholeFileLoads(@ForAll @IntRange(min = 0, max = 3000) int rows,
            @ForAll @IntRange(min = 0, max = 7) int fault, @ForAll @IntRange(min = 0, max = 3000) int at,
            @ForAll boolean header, @ForAll boolean crlf, @ForAll boolean lastNewline,
            @ForAll @IntRange(min = 0, max = 2) int policy) throws Exception {
        Path dir = Files.createTempDirectory("split");
        try {
            Path f = dir.resolve("SYN-1m.csv");
            // the fault near the middle half of the time: where the halves meet
            int where = at % 2 == 0 ? rows / 2 + at % 5 - 2 : at;
            Files.writeString(f, file(rows, fault, where, header, crlf, lastNewline, rows * 31L + at), StandardCharsets.US_ASCII);
            assertSameLoad(f, LoadOptions.defaults().withBadRows(BadRowPolicy.values()[policy]));
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    @Test
    void aCleanFileIsLoadedInHalvesAndEqualsTheWholeLoad() throws Exception {
        Path dir = Files.createTempDirectory("split");
        Path f = dir.resolve("SYN-1m.csv");
        for (boolean header : List.of(true, false)) {
            Files.writeString(f, file(50_000, 0, -1, header, false, true, 7), StandardCharsets.US_ASCII);
            LoadOptions o = LoadOptions.defaults();
            LoadResult split = SplitLoad.load(f, f.toString(), "SYN", o, null, 0);
            assertThat(split).as("split, not loaded again whole").isNotNull();
            Samples.assertSame(CsvBarLoader.load(f, o, null, null, Long.MAX_VALUE), split);
            assertThat(split.series().size()).isEqualTo(50_000);
        }
        // not split: a time zone with daylight saving (local times may be ambiguous), a time range, a small file
        assertThat(SplitLoad.load(f, f.toString(), "SYN", LoadOptions.defaults().withZone(ZoneId.of("America/New_York")), null, 0)).isNull();
        assertThat(SplitLoad.load(f, f.toString(), "SYN", LoadOptions.defaults().withRange(0, Long.MAX_VALUE - 1), null, 0)).isNull();
        assertThat(SplitLoad.load(f, f.toString(), "SYN", LoadOptions.defaults(), null, Files.size(f) + 1)).isNull();
        Files.delete(f);
        Files.delete(dir);
    }
}
