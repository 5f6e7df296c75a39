package dev.tradewind.cli;

import dev.tradewind.runner.Num;
import dev.tradewind.examples.Builtins;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.ParamSpec;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tradewind strategies}: the built-in strategies and their parameter schemas. */
@Command(name = "strategies", mixinStandardHelpOptions = true, description = "List built-in strategies and their parameters.")
final class StrategiesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        for (Map.Entry<String, Class<? extends dev.tradewind.strategy.Strategy>> e : Builtins.all().entrySet()) {
            dev.tradewind.strategy.Desk desk = e.getValue().getAnnotation(dev.tradewind.strategy.Desk.class);
            String needs = desk == null ? "" : (desk.options().isEmpty() ? "" : "; options: " + desk.options() + " at "
                    + Num.plain(desk.volatility() * 100) + "% volatility") + (desk.futures().isEmpty() ? "" : "; futures: " + desk.futures());
            out.println(e.getKey() + "  (" + e.getValue().getSimpleName() + needs + ")");
            for (ParamSpec p : ParamSchema.of(e.getValue()).specs()) {
                String range = p.type() == ParamSpec.Type.CHOICE ? String.join("|", p.choices())
                        : p.type() == ParamSpec.Type.BOOLEAN ? "true|false" : Num.plain(p.min()) + ".." + Num.plain(p.max());
                out.printf(java.util.Locale.ROOT, "    %-12s %-7s default %-8s %-16s %s%n", p.name(), p.type().name().toLowerCase(java.util.Locale.ROOT),
                        p.defaultValue(), range, p.description());
            }
        }
        out.flush();
    }
}
