package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradewind new NAME} writes a strategy that runs as it is, with the command written in its first lines. */
class NewCommandTest {
    @TempDir Path tmp;

    @Test
    void theTemplateRunsAsItIsWithTheCommandItsHeaderGives() throws Exception {
        CliRun made = CliRun.of("new", "MyStrategy", "--dir", tmp.toString()).ok();
        Path file = tmp.resolve("MyStrategy.java");
        assertThat(made.out()).startsWith("Wrote " + file + ". Run it:\n  ./tradewind backtest --strategy " + file);
        String source = Files.readString(file);
        assertThat(source).contains("public class MyStrategy implements Strategy").doesNotContain("__NAME__");

        // the command in the header, run from the repository root with the generated file's path
        String command = source.lines().filter(l -> l.strip().startsWith("//   ./tradewind ")).findFirst().orElseThrow()
                .strip().substring("//   ./tradewind ".length());
        assertThat(command).startsWith("backtest --strategy MyStrategy.java --data sample-data/");
        List<String> args = new ArrayList<>(Arrays.asList(command.replace("MyStrategy.java", file.toString()).split(" ")));
        args.addAll(List.of("--no-store", "--json", "--out", tmp.resolve("out").toString()));
        Subprocess run = Subprocess.run(Subprocess.ROOT, args.toArray(String[]::new)).ok();
        JsonNode r = Json.MAPPER.readTree(run.out());
        assertThat(r.get("trades").asInt()).isPositive();
        assertThat(r.get("strategy").asText()).isEqualTo(file.toString());
        // its onTrade logs every closed trade: on the console as the run goes, and in log.txt
        assertThat(run.err().lines().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z INFO closed a trade: net pnl -?\\d+\\.\\d\\d after \\d+ bars")))
                .hasSize(r.get("trades").asInt());
        assertThat(Files.readAllLines(tmp.resolve("out/log.txt"))).hasSize(r.get("trades").asInt());
    }

    @Test
    void itNeverOverwritesAndRefusesANameThatIsNoClassName() throws Exception {
        CliRun.of("new", "Keep", "--dir", tmp.toString()).ok();
        Files.writeString(tmp.resolve("Keep.java"), "mine");
        CliRun again = CliRun.of("new", "Keep", "--dir", tmp.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: new: " + tmp.resolve("Keep.java") + " exists already; choose another name or --dir\n");
        assertThat(Files.readString(tmp.resolve("Keep.java"))).isEqualTo("mine");
        for (String bad : new String[] {"my-strategy", "1st", "class", "My.java"}) {
            CliRun r = CliRun.of("new", bad, "--dir", tmp.toString());
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).startsWith("error: new: '" + bad + "' is not a Java class name");
        }
    }
}
