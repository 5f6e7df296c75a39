package dev.tradewind.cli.store;

import dev.tradewind.store.BuildInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The code version recorded with a run: the Tradewind version, and the git commit of the Tradewind checkout the
 * launcher runs from ({@code -Dtradewind.home}), read from its {@code .git} directory without running git.
 */
public final class CodeVersion {
    private CodeVersion() {}

    public static String current() {
        String home = System.getProperty("tradewind.home");
        String commit = home == null ? null : commit(Path.of(home, ".git")).orElse(null);
        return "tradewind " + BuildInfo.version() + (commit == null ? "" : " (git " + commit.substring(0, 12) + ")");
    }

    static Optional<String> commit(Path git) {
        try {
            if (!Files.isDirectory(git)) return Optional.empty();
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (!head.startsWith("ref: ")) return hex(head);
            String ref = head.substring(5);
            Path loose = git.resolve(ref);
            if (Files.isRegularFile(loose)) return hex(Files.readString(loose).strip());
            Path packed = git.resolve("packed-refs");
            if (!Files.isRegularFile(packed)) return Optional.empty();
            return Files.readAllLines(packed).stream().filter(l -> l.endsWith(" " + ref)).findFirst()
                    .flatMap(l -> hex(l.substring(0, l.indexOf(' '))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> hex(String s) {
        return s.matches("[0-9a-f]{40}([0-9a-f]{24})?") ? Optional.of(s) : Optional.empty();
    }
}
