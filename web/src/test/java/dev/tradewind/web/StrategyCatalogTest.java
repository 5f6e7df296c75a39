package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strategy list: built-ins, files compiled, compile errors with file:line, the last good class kept. */
class StrategyCatalogTest {

    @Test
    void compilesFilesKeepsTheLastGoodClassOnAnErrorAndDropsDeletedFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("MyCross.java");
        Files.writeString(file, TestStrategies.cross("percent"));
        StrategyCatalog catalog = new StrategyCatalog(dir);
        List<StrategyCatalog.Change> changes = new CopyOnWriteArrayList<>();
        catalog.addListener(changes::add);

        assertThat(catalog.list()).extracting(StrategyCatalog.View::id)
                .containsExactly("sma-cross", "ema-cross", "rsi-reversion", "donchian-breakout", "opening-range-breakout",
                        "volatility-breakout", "trend-day", "reversal-breakout", "sr-breakout", "short-straddle", "iron-condor",
                        "rolled-futures", "MyCross.java");
        StrategyCatalog.View v1 = catalog.get("MyCross.java").view();
        assertThat(v1.params()).extracting(p -> p.name()).containsExactly("fast", "slow", "percent");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(catalog.idOf(file.toString())).isEqualTo("MyCross.java");
        assertThat(catalog.idOf("sma-cross")).isEqualTo("sma-cross");
        assertThat(catalog.idOf("/elsewhere/MyCross.java")).isNull();

        Class<?> good = catalog.get("MyCross.java").type();
        Files.writeString(file, TestStrategies.broken());
        catalog.reload(Set.of("MyCross.java"));
        StrategyCatalog.Entry broken = catalog.get("MyCross.java");
        assertThat(broken.view().error()).isEqualTo("MyCross.java:21: ';' expected");
        assertThat(broken.view().runnable()).isTrue();
        assertThat(broken.type()).isSameAs(good);
        assertThat(changes).containsExactly(new StrategyCatalog.Change("MyCross.java", "error", "MyCross.java:21: ';' expected", 1));

        Files.writeString(file, TestStrategies.cross("percent / 2"));
        catalog.reload(Set.of("MyCross.java"));
        assertThat(catalog.get("MyCross.java").view().error()).isNull();
        assertThat(catalog.get("MyCross.java").view().version()).isEqualTo(2);
        assertThat(catalog.get("MyCross.java").type()).isNotSameAs(good);

        Files.delete(file);
        catalog.reload(Set.of(FolderWatcher.EVERYTHING));
        assertThat(catalog.list()).extracting(StrategyCatalog.View::id).doesNotContain("MyCross.java");
        assertThat(changes).extracting(StrategyCatalog.Change::change).containsExactly("error", "compiled", "removed");
    }

    @Test
    void aFileThatNeverCompiledIsListedWithItsErrorAndCannotRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Nope.java"), "public class Nope implements dev.tradewind.strategy.Strategy {\n}\n");
        StrategyCatalog catalog = new StrategyCatalog(dir);
        StrategyCatalog.View v = catalog.get("Nope.java").view();
        assertThat(v.runnable()).isFalse();
        assertThat(v.error()).startsWith("Nope.java:1: ").contains("onBar");
    }

    @Test
    void namesOutsideTheFolderAreIgnored(@TempDir Path dir) {
        StrategyCatalog catalog = new StrategyCatalog(dir);
        assertThat(catalog.reload(Set.of("../Evil.java", "sub/Evil.java", "notes.txt"))).isEmpty();
    }
}
