package dev.tradewind.cli;

import dev.tradewind.runner.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tradewind} command. Bad input prints one line on stderr and exits with code 2. */
@Command(name = "tradewind", mixinStandardHelpOptions = true, version = "tradewind 0.1.0",
        description = "Event-driven backtesting and trading.",
        subcommands = {DemoCommand.class, NewCommand.class, BacktestCommand.class, PortfolioCommand.class, BatchCommand.class, RegistryCommand.class, StrategiesCommand.class, IndicatorsCommand.class, ServeCommand.class,
                dev.tradewind.cli.store.RunsCommand.class, dev.tradewind.cli.store.SweepsCommand.class,
                dev.tradewind.cli.store.DataCommand.class,
                dev.tradewind.cli.research.SweepCommand.class,
                dev.tradewind.cli.research.WalkForwardCommand.class,
                dev.tradewind.cli.research.MonteCarloCommand.class,
                dev.tradewind.cli.research.CheckLookaheadCommand.class,
                AnalyzeCommand.class, WeightCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) { System.exit(execute(args)); }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError) {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("(see: " + helpHint(e.getCommandLine()) + ")");
            return 2;
        });
        return cli.execute(args);
    }

    /** The help command of a (sub)command, from picocli's command path: {@code tradewind data import --help}. */
    static String helpHint(CommandLine cmd) { return cmd.getCommandSpec().qualifiedName(" ") + " --help"; }

    @Override
    public void run() { new CommandLine(this).usage(System.out); }
}
