package dev.tradewind.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** picocli's class files rewritten as version 52: every one loads and passes the JVM's type-checking verifier. */
class ClassFileUpgradeTest {
    @TempDir Path out;

    private static Path picocliJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().matches("picocli-[0-9.]+\\.jar")).findFirst().orElseThrow();
    }

    @Test
    void everyClassOfPicocliIsRewrittenAsVersion52AndVerifies() throws Exception {
        Path jar = picocliJar();
        int n = ClassFileUpgrade.upgrade(jar, out);
        assertThat(n).isGreaterThan(200);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                byte[] b = Files.readAllBytes(f);
                assertThat(((b[6] & 0xff) << 8) | (b[7] & 0xff)).as(f.toString()).isEqualTo(52);
                String rel = out.relativize(f).toString();
                names.add(rel.substring(0, rel.length() - ".class".length()).replace(File.separatorChar, '.'));
            }
        }
        assertThat(names).hasSize(n).contains("picocli.CommandLine", "picocli.CommandLine$Model$CommandSpec");
        // a loader that sees only the rewritten classes: linking each one runs the verifier on its new frames
        try (URLClassLoader l = new URLClassLoader(new URL[] {out.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                Class<?> c = Class.forName(name, false, l);
                assertThat(c.getClassLoader()).isSameAs(l);
                java.lang.invoke.MethodHandles.privateLookupIn(c, java.lang.invoke.MethodHandles.lookup()).ensureInitialized(c);
            }
            // and the rewritten picocli still parses a command line: --bars 42 with a spec built through its API
            Object spec = l.loadClass("picocli.CommandLine$Model$CommandSpec").getMethod("create").invoke(null);
            Class<?> optionSpec = l.loadClass("picocli.CommandLine$Model$OptionSpec");
            Object b = optionSpec.getMethod("builder", String.class, String[].class).invoke(null, "--bars", new String[0]);
            java.lang.reflect.Method type = b.getClass().getMethod("type", Class.class);
            type.setAccessible(true); // declared by a package-private superclass of the public builder
            type.invoke(b, int.class);
            Object option = b.getClass().getMethod("build").invoke(b);
            spec.getClass().getMethod("addOption", optionSpec).invoke(spec, option);
            Object cli = l.loadClass("picocli.CommandLine").getConstructor(Object.class).newInstance(spec);
            Object parsed = cli.getClass().getMethod("parseArgs", String[].class).invoke(cli, (Object) new String[] {"--bars", "42"});
            assertThat(parsed.getClass().getMethod("matchedOptionValue", String.class, Object.class).invoke(parsed, "--bars", 0))
                    .isEqualTo(42);
        }
    }

    @Test
    void aClassFileOfJava8OrLaterIsLeftAsItIs() throws Exception {
        byte[] own;
        try (var in = ClassFileUpgrade.class.getResourceAsStream("ClassFileUpgrade.class")) {
            own = in.readAllBytes();
        }
        assertThat(ClassFileUpgrade.upgrade(own, getClass().getClassLoader())).isSameAs(own);
    }
}
