package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample data is stated with its licence and kept out of every jar: nothing on the CLI's runtime
 * classpath (the module jars and class folders and every dependency, which is what tradewind.jar is shaded from)
 * holds a file of sample-data/.
 */
class SampleDataLicenceTest {
    static final Path SAMPLES = Subprocess.ROOT.resolve("sample-data");

    @Test
    void everySampleFileHasItsLicenceStatedAndTheProjectHasItsOwn() throws Exception {
        String readme = Files.readString(SAMPLES.resolve("README.md"));
        for (String name : names()) {
            String row = readme.lines().filter(l -> l.startsWith("| `" + name + "`")).findFirst().orElseThrow(() ->
                    new AssertionError(name + " has no row in sample-data/README.md"));
            assertThat(row).as(name).matches(".*\\((GPL-3\\.0|BSD-3-Clause[^)]*|no licence)\\) \\|$");
        }
        assertThat(readme).contains("None of these files is packaged into any jar");
        String licence = Files.readString(Subprocess.ROOT.resolve("LICENSE"));
        assertThat(licence).startsWith("\n                                 Apache License\n                           Version 2.0, January 2004")
                .contains("END OF TERMS AND CONDITIONS").hasSize(11358);
    }

    @Test
    void noSampleFileIsOnTheRuntimeClasspath() throws Exception {
        Set<String> names = names();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> found = new ArrayList<>();
        int jars = 0;
        for (String entry : cp.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> names.contains(f.getFileName().toString())).forEach(f -> found.add(f.toString()));
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                jars++;
                try (ZipFile z = new ZipFile(p.toFile())) {
                    z.stream().filter(e -> names.contains(e.getName().substring(e.getName().lastIndexOf('/') + 1)))
                            .forEach(e -> found.add(entry + "!" + e.getName()));
                }
            }
        }
        assertThat(jars).as("dependency jars scanned").isGreaterThan(20);
        assertThat(found).isEmpty();
    }

    private static Set<String> names() throws Exception {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            Set<String> n = s.map(p -> p.getFileName().toString()).filter(f -> !f.equals("README.md")).collect(Collectors.toSet());
            assertThat(n).contains("2006-day-001.txt", "orcl-1995-2014.txt.gz", "FILUSDT-1m-2023-08.csv.gz");
            return n;
        }
    }
}
