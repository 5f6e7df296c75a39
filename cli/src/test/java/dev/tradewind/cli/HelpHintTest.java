package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's "see: ... --help" hint names the command's full path, and that help command works. */
class HelpHintTest {

    @Test
    void everySubcommandHintsAtItsOwnHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("data import", "runs compare", "sweeps list", "registry import");
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--no-such-option");
            CliRun bad = CliRun.of(args.toArray(String[]::new));
            String hint = "tradewind " + String.join(" ", path) + " --help";
            assertThat(bad.code()).as(String.join(" ", path)).isEqualTo(2);
            assertThat(bad.err()).as(String.join(" ", path)).contains("(see: " + hint + ")");

            String[] help = Arrays.copyOfRange(hint.split(" "), 1, hint.split(" ").length);
            CliRun usage = CliRun.of(help);
            assertThat(usage.code()).as(hint).isZero();
            assertThat(usage.out()).as(hint).startsWith("Usage: tradewind " + String.join(" ", path));
        }
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> out) {
        for (var e : cmd.getSubcommands().entrySet()) {
            if (!e.getKey().equals(e.getValue().getCommandName())) continue; // an alias
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }
}
