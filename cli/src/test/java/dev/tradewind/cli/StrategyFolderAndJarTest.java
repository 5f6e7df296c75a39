package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.StrategyCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A strategy made of several files (--strategy DIR) or compiled into a jar (--classpath JAR --strategy NAME). */
class StrategyFolderAndJarTest {
    static final String DATA = "../sample-data/sp500-2000.csv.gz";
    @TempDir Path tmp;

    static final String HELPER = """
            package com.acme.util;

            /** A helper in another file and package. */
            public final class Crossing {
                private Crossing() {}
                public static boolean above(double a, double b) { return a > b; }
            }
            """;
    static final String STRATEGY = """
            package com.acme;

            import com.acme.util.Crossing;
            import dev.tradewind.model.Series;
            import dev.tradewind.strategy.*;

            public class TwoFiles implements Strategy {
                @Param(description = "length", min = 2, max = 500) int length = 20;
                private Series sma;

                @Override public void onStart(Context ctx) { sma = ctx.indicator("sma(close," + length + ")"); }

                @Override public void onBar(Context ctx) {
                    if (ctx.position().isFlat() && Crossing.above(ctx.close(), sma.get())) ctx.buy(ctx.unitsForPercentOfEquity(50));
                    else if (ctx.position().isLong() && Crossing.above(sma.get(), ctx.close())) ctx.flatten();
                }
            }
            """;

    private Path folder() throws Exception {
        Path dir = tmp.resolve("mystrategy");
        Files.createDirectories(dir.resolve("com/acme/util"));
        Files.writeString(dir.resolve("com/acme/util/Crossing.java"), HELPER);
        Files.writeString(dir.resolve("com/acme/TwoFiles.java"), STRATEGY);
        return dir;
    }

    @Test
    void aFolderOfSourcesIsCompiledTogetherAndItsOneStrategyRuns() throws Exception {
        Path dir = folder();
        Path out = tmp.resolve("out");
        JsonNode r = Json.MAPPER.readTree(CliRun.of("backtest", "--data", DATA, "--strategy", dir.toString(), "--param", "length=30",
                "--no-store", "-q", "--json", "--out", out.toString()).ok().out());
        assertThat(r.get("trades").asInt()).isPositive();
        assertThat(r.get("params").get("length").asText()).isEqualTo("30");

        // the config reproduces it, and refuses once any file of the folder changed
        JsonNode again = Json.MAPPER.readTree(CliRun.of("backtest", "--config", out.resolve("config.json").toString(), "--no-store", "-q",
                "--json").ok().out());
        assertThat(again.get("orders_hash")).isEqualTo(r.get("orders_hash"));
        Files.writeString(dir.resolve("com/acme/util/Crossing.java"), HELPER.replace("a > b", "a >= b"));
        CliRun changed = CliRun.of("backtest", "--config", out.resolve("config.json").toString(), "--no-store", "-q");
        assertThat(changed.code()).isEqualTo(2);
        assertThat(changed.err()).contains("the strategy file changed");

        Files.writeString(dir.resolve("com/acme/util/Crossing.java"), HELPER.replace("return a > b;", "return a > c;"));
        CliRun broken = CliRun.of("backtest", "--data", DATA, "--strategy", dir.toString(), "--no-store", "-q");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).startsWith("error: " + dir.resolve("com/acme/util/Crossing.java") + ":6: cannot find symbol");

        Files.writeString(dir.resolve("com/acme/util/Crossing.java"), HELPER);
        Files.writeString(dir.resolve("com/acme/Other.java"), STRATEGY.replace("TwoFiles", "Other"));
        CliRun two = CliRun.of("backtest", "--data", DATA, "--strategy", dir.toString(), "--no-store", "-q");
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).isEqualTo("error: " + dir + ": several classes implement Strategy (com.acme.Other, com.acme.TwoFiles); "
                + "keep one strategy per folder\n");
    }

    @Test
    void aCompiledClassInAJarRunsWithClasspath() throws Exception {
        Path src = folder();
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-classpath",
                StrategyCompiler.classpath(), src.resolve("com/acme/util/Crossing.java").toString(), src.resolve("com/acme/TwoFiles.java").toString());
        assertThat(rc).isZero();
        Path jar = tmp.resolve("acme.jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path f : List.of(classes.resolve("com/acme/TwoFiles.class"), classes.resolve("com/acme/util/Crossing.class"))) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        Path out = tmp.resolve("out");
        JsonNode fromJar = Json.MAPPER.readTree(CliRun.of("backtest", "--data", DATA, "--classpath", jar.toString(), "--strategy",
                "com.acme.TwoFiles", "--param", "length=30", "--no-store", "-q", "--json", "--out", out.toString()).ok().out());
        JsonNode fromFolder = Json.MAPPER.readTree(CliRun.of("backtest", "--data", DATA, "--strategy", src.toString(), "--param",
                "length=30", "--no-store", "-q", "--json").ok().out());
        assertThat(fromJar.get("orders_hash")).isEqualTo(fromFolder.get("orders_hash"));
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        assertThat(config.get("strategy").asText()).isEqualTo("com.acme.TwoFiles@" + jar);
        assertThat(config.get("strategy_sha256").asText()).hasSize(64);
        JsonNode again = Json.MAPPER.readTree(CliRun.of("backtest", "--config", out.resolve("config.json").toString(), "--no-store", "-q",
                "--json").ok().out());
        assertThat(again.get("orders_hash")).isEqualTo(fromJar.get("orders_hash"));

        CliRun missing = CliRun.of("backtest", "--data", DATA, "--classpath", jar.toString(), "--strategy", "com.acme.Nope", "--no-store");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: --strategy: no class com.acme.Nope in --classpath");
        CliRun noJar = CliRun.of("backtest", "--data", DATA, "--strategy", "com.acme.TwoFiles", "--no-store");
        assertThat(noJar.code()).isEqualTo(2);
        assertThat(noJar.err()).contains("give its jar or class folder with --classpath");
    }
}
