package dev.tradewind.runner;

import dev.tradewind.examples.Builtins;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;

/** A strategy named on the command line: a built-in name, or a .java file compiled at run time. */
public record StrategySource(Class<? extends Strategy> type, String sha256) {

    public static StrategySource resolve(String name) {
        Class<? extends Strategy> builtin = Builtins.find(name);
        if (builtin != null) return new StrategySource(builtin, null);
        if (name.endsWith(".java")) {
            Path file = Path.of(name);
            String sha = Fingerprint.sha256(file);
            return new StrategySource(StrategyCompiler.compile(file), sha);
        }
        throw new UserError("--strategy: unknown strategy '" + name + "'; built-in: "
                + String.join(", ", Builtins.all().keySet()) + ", or a path to a .java file");
    }
}
