package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadDigestTest {

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theDigestFedWhileLoadingIsTheFilesOwnHashPlainOrGzipAndWithARange(@TempDir Path tmp) throws Exception {
        Path gz = Path.of("../sample-data/FILUSDT-1m-2023-08.csv.gz");
        Path plain = tmp.resolve("fil.csv");
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, plain);
        }
        for (Path f : new Path[] {gz, plain}) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            LoadResult all = CsvBarLoader.load(f, LoadOptions.defaults(), d);
            assertThat(HexFormat.of().formatHex(d.digest())).as(f.toString()).isEqualTo(sha(f));
            MessageDigest d2 = MessageDigest.getInstance("SHA-256");
            long to = all.series().time()[100];
            LoadResult head = CsvBarLoader.load(f, LoadOptions.defaults().withRange(Long.MIN_VALUE, to), d2);
            assertThat(head.series().size()).isEqualTo(100);
            assertThat(HexFormat.of().formatHex(d2.digest())).as(f + " with a range").isEqualTo(sha(f));
            assertThat(CsvBarLoader.load(f, LoadOptions.defaults()).series().close()).containsExactly(all.series().close());
        }
    }
}
