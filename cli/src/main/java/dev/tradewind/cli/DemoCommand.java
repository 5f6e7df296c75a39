package dev.tradewind.cli;

import dev.tradewind.model.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tradewind demo}: a real backtest on the bundled FIL/USDT perpetual 1-minute bars of August 2023, with
 * Binance's taker fee and the contract's real tick and lot size. It is exactly the backtest command shown in
 * its output, so a newcomer can copy it and change one thing at a time.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run an example backtest on bundled real data.")
final class DemoCommand implements Callable<Integer> {
    static final String DATA = "sample-data/FILUSDT-1m-2023-08.csv.gz";

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("tradewind.home", "."));
        Path data = home.resolve(DATA);
        if (!Files.isRegularFile(data)) throw new UserError(data + ": bundled demo data not found (set -Dtradewind.home)");
        Path out = Path.of("out", "demo");
        String[] args = {"--data", data.toString(), "--strategy", "sma-cross", "--param", "fast=60", "--param", "slow=240",
            "--param", "percent=90", "--cash", "10000", "--commission", "0.04%", "--slippage-bps", "1", "--kind", "future",
            "--tick", "0.001", "--lot", "0.1", "--margin", "0.1", "--out", out.toString()};
        var err = spec.commandLine().getErr();
        err.println("Backtesting the built-in sma-cross strategy on one month of real FIL/USDT 1-minute bars:");
        err.println("  tradewind backtest " + String.join(" ", args).replace(home.toString() + "/", ""));
        err.println();
        err.flush();
        CommandLine backtest = spec.parent().subcommands().get("backtest");
        return backtest.execute(args);
    }
}
