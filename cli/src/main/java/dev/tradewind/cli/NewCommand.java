package dev.tradewind.cli;

import dev.tradewind.model.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind new NAME}: writes a commented strategy template that runs as it is. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write NAME.java: a commented strategy (a moving-average crossover) that runs as it is, with the command "
                + "that runs it in its first lines. It never overwrites a file.")
final class NewCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "the class name, e.g. MyStrategy")
    String name;
    @Option(names = "--dir", paramLabel = "DIR", description = "where to write NAME.java (default: the current directory)")
    Path dir = Path.of("");

    @Override
    public Integer call() {
        if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name) || name.contains("$")) {
            throw new UserError("new: '" + name + "' is not a Java class name (letters, digits and _, not starting with a digit)");
        }
        Path file = dir.resolve(name + ".java");
        try {
            if (dir.toString().length() > 0) Files.createDirectories(dir);
            Files.writeString(file, template().replace("__NAME__", name), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserError("new: " + file + " exists already; choose another name or --dir", e);
        } catch (IOException e) {
            throw new UserError("new: cannot write " + file + ": " + e.getMessage(), e);
        }
        var o = spec.commandLine().getOut();
        o.println("Wrote " + file + ". Run it:");
        o.println("  ./tradewind backtest --strategy " + file + " --data sample-data/FILUSDT-1m-2023-08.csv.gz --param fast=20 "
                + "--param slow=60");
        o.flush();
        return 0;
    }

    static String template() {
        try (InputStream in = NewCommand.class.getResourceAsStream("StrategyTemplate.java.txt")) {
            if (in == null) throw new IllegalStateException("StrategyTemplate.java.txt is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
