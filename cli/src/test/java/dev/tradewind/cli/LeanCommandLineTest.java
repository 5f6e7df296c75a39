package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line built for one subcommand (what {@link Main#execute} does when the first argument names one) reads
 * and prints that subcommand exactly as the one with every subcommand does.
 */
class LeanCommandLineTest {

    @Test
    void eachSubcommandAloneHasTheSameUsageAndOptions() {
        Map<String, CommandLine> all = Main.commandLine().getSubcommands();
        assertThat(all).hasSameSizeAs(Main.COMMANDS);
        for (String name : all.keySet()) {
            CommandLine lean = Main.commandLine(name);
            assertThat(lean.getSubcommands()).containsKey(name);
            assertThat(lean.getSubcommands().size()).as(name).isEqualTo(name.equals("demo") ? 2 : 1);
            CommandLine one = lean.getSubcommands().get(name);
            assertThat(one.getUsageMessage(CommandLine.Help.Ansi.OFF)).as(name)
                    .isEqualTo(all.get(name).getUsageMessage(CommandLine.Help.Ansi.OFF));
            assertThat(one.getCommandSpec().findOption("--verbose")).as(name + " inherits --verbose").isNotNull();
        }
    }

    @Test
    void anUnknownOrMissingFirstArgumentGetsEverySubcommand() {
        assertThat(Main.commandLine("backtst").getSubcommands()).hasSameSizeAs(Main.COMMANDS);
        assertThat(Main.commandLine("--verbose").getSubcommands()).hasSameSizeAs(Main.COMMANDS);
        CliRun typo = CliRun.of("backtst");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).startsWith("error: Unmatched argument at index 0: 'backtst'");
        assertThat(CliRun.of("--help").ok().out()).contains("backtest", "sweep", "check-lookahead", "weight");
    }

    @Test
    void verboseStillShowsTheStackTraceOfAnInternalFault() {
        CliRun r = CliRun.of("backtest", "--verbose", "--data", "sample-data/FILUSDT-1m-2023-08.csv.gz", "--strategy",
                "sma-cross", "--no-store", "--json", "--param", "fast=oops");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ");
    }
}
