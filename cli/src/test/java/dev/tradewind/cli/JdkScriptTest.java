package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/jdk.sh, which every `./tradewind` call sources: the JDK it picks and the versions it reads, in bash. */
class JdkScriptTest {
    private static final Path SCRIPT = Path.of("..", "bin", "jdk.sh").toAbsolutePath().normalize();

    @TempDir Path dir;

    /** A fake JDK whose release file has {@code release} as its text; java and javac are empty executables. */
    private Path jdk(String name, String release) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            Path f = Files.writeString(home.resolve("bin").resolve(tool), "#!/bin/sh\nexit 1\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(home.resolve("release"), release, StandardCharsets.UTF_8);
        return home;
    }

    /** Runs {@code script} in bash with jdk.sh's functions defined (without running its search) and returns stdout. */
    private static String bash(String script, String javaHome) throws Exception {
        String functions = Files.readString(SCRIPT);
        functions = functions.substring(0, functions.indexOf("if ! JDK=")); // the functions only
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", functions + "\n" + script).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        if (javaHome != null) pb.environment().put("JAVA_HOME", javaHome);
        pb.environment().put("PATH", "/nonexistent"); // no java on PATH: only JAVA_HOME and /usr/lib/jvm count
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void readsTheMajorVersionOfEveryReleaseFileStyle() throws Exception {
        String[][] cases = {{"JAVA_VERSION=\"25.0.3\"\n", "25"}, {"IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"1.8.0_392\"\n", "8"},
            {"JAVA_VERSION=\"21\"\n", "21"}, {"JAVA_VERSION=21.0.1\n", "21"}, {"JAVA_VERSION=\"26-ea\"", "26"},
            {"JAVA_VERSION=\"17.0.9\"\nOS_NAME=\"Linux\"\n", "17"}};
        for (int i = 0; i < cases.length; i++) {
            Path home = jdk("j" + i, cases[i][0]);
            assertThat(bash("java_major '" + home.resolve("bin/java") + "'", null)).as(cases[i][0]).isEqualTo(cases[i][1]);
        }
    }

    @Test
    void takesJavaHomeWhenItIsAJdk21OrNewer() throws Exception {
        Path j25 = jdk("j25", "JAVA_VERSION=\"25.0.1\"\n");
        assertThat(bash("find_jdk", j25.toString())).isEqualTo(j25.toString());
        Path j17 = jdk("j17", "JAVA_VERSION=\"17.0.9\"\n");
        String found = bash("find_jdk || echo none", j17.toString());
        assertThat(found).isNotEqualTo(j17.toString()); // too old: the search goes on (to /usr/lib/jvm/*, or none)
        Files.delete(j25.resolve("bin/javac")); // a JRE is not enough
        assertThat(bash("find_jdk || echo none", j25.toString())).isNotEqualTo(j25.toString());
    }
}
