package dev.tradewind.runner;

import dev.tradewind.examples.Builtins;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A strategy named on the command line: a built-in name, or a .java file compiled at run time. A file is compiled
 * once per content (its SHA-256) in a process, so sweeps and re-runs of an unchanged file do not recompile it.
 */
public record StrategySource(Class<? extends Strategy> type, String sha256) {
    private static final Map<String, Class<? extends Strategy>> COMPILED = new ConcurrentHashMap<>();

    public static StrategySource resolve(String name) {
        Class<? extends Strategy> builtin = Builtins.find(name);
        if (builtin != null) return new StrategySource(builtin, null);
        if (name.endsWith(".java")) {
            Path file = Path.of(name);
            String sha = Fingerprint.sha256(file);
            String key = file.toAbsolutePath().normalize() + "@" + sha;
            Class<? extends Strategy> type = COMPILED.get(key);
            if (type == null) {
                type = StrategyCompiler.compile(file);
                COMPILED.put(key, type);
            }
            return new StrategySource(type, sha);
        }
        throw new UserError("--strategy: unknown strategy '" + name + "'; built-in: "
                + String.join(", ", Builtins.all().keySet()) + ", or a path to a .java file");
    }
}
