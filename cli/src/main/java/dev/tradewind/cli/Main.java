package dev.tradewind.cli;

import dev.tradewind.model.Printable;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Failures;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code tradewind} command. Bad input, a failing strategy, out of memory or a stack overflow print one line on
 * stderr (control characters escaped) and exit with code 2; an internal fault prints one line and exits with 1. The
 * stack trace is printed only with {@code --verbose}.
 */
@Command(name = "tradewind", mixinStandardHelpOptions = true, version = "tradewind 0.1.0",
        description = "Event-driven backtesting and trading.")
public final class Main implements Runnable {
    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, NewCommand.class, BacktestCommand.class,
            PortfolioCommand.class, BatchCommand.class, RegistryCommand.class, StrategiesCommand.class,
            IndicatorsCommand.class, ServeCommand.class, dev.tradewind.cli.store.RunsCommand.class,
            dev.tradewind.cli.store.SweepsCommand.class, dev.tradewind.cli.store.DataCommand.class, PaperCommand.class, LiveCommand.class,
            dev.tradewind.cli.store.ReplayCommand.class,
            dev.tradewind.cli.research.SweepCommand.class, dev.tradewind.cli.research.WalkForwardCommand.class,
            dev.tradewind.cli.research.MonteCarloCommand.class, dev.tradewind.cli.research.CheckLookaheadCommand.class,
            AnalyzeCommand.class, WeightCommand.class);


    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "print the stack trace of an unexpected failure")
    boolean verbose;

    public static void main(String[] args) {
        ExitGuard.install();
        int code = execute(args);
        ExitGuard.exiting();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
        cli.setOut(new PrintWriter(new EscapingWriter(cli.getOut()), true));
        cli.setErr(new PrintWriter(new EscapingWriter(cli.getErr()), true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> fail(e, cmd.getErr(), verbose(cli)));
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("(see: " + helpHint(e.getCommandLine()) + ")");
            return 2;
        });
        try {
            return cli.execute(args);
        } catch (Error e) { // picocli passes errors through: a static initializer that threw, a stack overflow...
            return fail(e, cli.getErr(), verbose(cli));
        }
    }

    /** The command line with every subcommand: what the usage and help of {@code tradewind} show. */
    static CommandLine commandLine() { return commandLine(null); }

    /**
     * The command line for arguments that start with {@code first}: with only that subcommand when {@code first}
     * names one (and {@code backtest} for {@code demo}, which runs it), else with all of them. picocli builds the
     * model of every subcommand it is given by reflection, and its classes (Java 5 class files) are verified at every
     * start and never come from the JVM's start-up cache: building all 18 costs about 0.3 s of CPU that a command
     * never uses (bench/E2E.md).
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new Main());
        List<Class<?>> only = first == null ? List.of() : COMMANDS.stream().filter(c -> name(c).equals(first)).toList();
        for (Class<?> c : only.isEmpty() ? COMMANDS : only) cli.addSubcommand(c);
        if (!only.isEmpty() && only.get(0) == DemoCommand.class) cli.addSubcommand(BacktestCommand.class);
        return cli;
    }

    private static String name(Class<?> command) { return command.getAnnotation(Command.class).name(); }

    private static int fail(Throwable e, PrintWriter err, boolean verbose) {
        if (e instanceof UserError || e instanceof dev.tradewind.store.StoreException
                || e instanceof dev.tradewind.catalog.CatalogException) { // messages made for the user, one line each
            err.println("error: " + Printable.escape(e.getMessage()));
            err.flush();
            return 2;
        }
        boolean users = Failures.isUsers(e);
        err.println("error: " + Failures.describe(e) + (verbose ? ""
                : users ? " (--verbose shows the stack trace)" : "; please report it with the output of --verbose"));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return users ? 2 : 1;
    }

    private static boolean verbose(CommandLine root) {
        for (CommandLine.ParseResult p = root.getParseResult(); p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    /** The help command of a (sub)command, from picocli's command path: {@code tradewind data import --help}. */
    static String helpHint(CommandLine cmd) { return cmd.getCommandSpec().qualifiedName(" ") + " --help"; }

    @Override
    public void run() { commandLine().usage(System.out); }
}
