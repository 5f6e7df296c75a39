package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dead process is never taken for a live run, and a killed process leaves nothing in the temporary folder. */
class HousekeepingTest {
    @TempDir Path tmp;

    @Test
    void aZombieProcessIsNotAlive() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        // the shell starts a short child, then becomes `sleep 30`, which never reaps it: the child stays a zombie
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0.1 & echo $!; exec sleep 30").start();
        try {
            long pid = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().strip());
            String state = "";
            for (int i = 0; i < 100 && !state.equals("Z"); i++) {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
                if (!state.equals("Z")) Thread.sleep(50);
            }
            assertThat(state).as("the child is a zombie").isEqualTo("Z");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("what the JDK says").contains(true);
            assertThat(Processes.alive(Processes.host(), pid, 0)).isFalse();
        } finally {
            parent.destroyForcibly();
            parent.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Processes.alive(Processes.host(), ProcessHandle.current().pid(), Processes.startNs())).isTrue();
    }

    @Test
    void aKilledProcessLeavesNoSqliteLibraryInTheTemporaryFolder() throws Exception {
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        Path home = tmp.resolve("home");
        for (int round = 0; round < 2; round++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder b = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + temp,
                    "-cp", System.getProperty("java.class.path"), RecordAndHang.class.getName(), tmp.resolve("runs.db").toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            b.environment().put(StoreTarget.ENV_HOME, home.toString());
            Process p = b.start();
            try {
                String id = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
                assertThat(id).as("the child recorded a run").isNotNull();
            } finally {
                p.destroyForcibly(); // SIGKILL: no exit hooks run
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
        try (var left = Files.list(temp)) {
            assertThat(left.map(f -> f.getFileName().toString()).filter(n -> n.contains("sqlite")).toList()).isEmpty();
        }
        try (var libs = Files.walk(home.resolve("native"))) {
            List<Path> files = libs.filter(Files::isRegularFile).toList();
            assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).contains("sqlitejdbc"));
        }
    }
}
