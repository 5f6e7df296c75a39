package dev.tradewind.runner;

import dev.tradewind.model.UserError;
import dev.tradewind.strategy.Strategy;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a strategy from a single .java file, or from a folder of them, at run time with the JDK's compiler, against
 * the classpath Tradewind runs with, and loads it. The strategy is a public class implementing {@link Strategy}.
 */
public final class StrategyCompiler {
    private StrategyCompiler() {}

    /**
     * Compiles and loads the strategy class in {@code source}.
     *
     * @throws UserError with {@code file:line: message} for the first compile error, or what is wrong with the file
     */
    public static Class<? extends Strategy> compile(Path source) {
        if (!Files.isRegularFile(source)) throw new UserError(source + ": no such file");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new UserError("compiling " + source + " needs a JDK, but Tradewind runs on a JRE");
        Path out = outputFolder();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javac.getTask(null, files, diagnostics, options(out), null, files.getJavaFileObjects(source)).call();
            if (!ok) throw new UserError(firstError(source, diagnostics));
        } catch (IOException e) {
            throw new UserError(source + ": " + e.getMessage(), e);
        }
        return load(source, out);
    }

    /**
     * Compiles every file of {@code sources} (the .java files under {@code dir}) together and loads the one public,
     * concrete class among them that implements {@link Strategy}; the others are its helpers.
     *
     * @throws UserError with {@code file:line: message} for the first compile error, or when the folder holds no
     *                   strategy or several
     */
    @SuppressWarnings("unchecked")
    public static Class<? extends Strategy> compileFolder(Path dir, List<Path> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new UserError("compiling " + dir + " needs a JDK, but Tradewind runs on a JRE");
        Path out = outputFolder();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javac.getTask(null, files, diagnostics, options(out), null, files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) throw new UserError(firstError(dir, diagnostics));
        } catch (IOException e) {
            throw new UserError(dir + ": " + e.getMessage(), e);
        }
        List<Class<?>> found = new java.util.ArrayList<>();
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, StrategyCompiler.class.getClassLoader());
            for (Path f : StrategySource.files(out, ".class")) {
                String name = out.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                Class<?> c = loader.loadClass(name);
                int m = c.getModifiers();
                if (Strategy.class.isAssignableFrom(c) && java.lang.reflect.Modifier.isPublic(m) && !c.isInterface()
                        && !java.lang.reflect.Modifier.isAbstract(m) && c.getEnclosingClass() == null) {
                    found.add(c);
                }
            }
        } catch (ClassNotFoundException | MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        if (found.isEmpty()) throw new UserError(dir + ": no public class in this folder implements " + Strategy.class.getName());
        if (found.size() > 1) {
            throw new UserError(dir + ": several classes implement Strategy (" + String.join(", ", found.stream().map(Class::getName).toList())
                    + "); keep one strategy per folder");
        }
        return (Class<? extends Strategy>) found.get(0);
    }

    private static Path outputFolder() {
        try {
            Path out = Files.createTempDirectory("tradewind-strategy");
            deleteOnExit(out);
            return out;
        } catch (IOException e) {
            throw new UserError("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static List<String> options(Path out) {
        return List.of("-d", out.toString(), "-classpath", classpath(), "--release", "21", "-proc:none", "-parameters");
    }

    /** Removes a compile output folder when the JVM exits (class files are loaded by then). */
    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // best effort: a temp folder left behind is harmless
            }
        }));
    }

    /** The running classpath plus the jars or folders holding the public API (test runners may hide them). */
    public static String classpath() {
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        for (Class<?> api : new Class<?>[] {Strategy.class, dev.tradewind.model.Order.class,
                dev.tradewind.indicators.IndicatorGraph.class}) {
            try {
                parts.add(Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (java.net.URISyntaxException | RuntimeException e) {
                // not from a file: fall back to java.class.path alone
            }
        }
        parts.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, parts);
    }

    private static String firstError(Path source, DiagnosticCollector<JavaFileObject> diagnostics) {
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Path file = source;
                if (Files.isDirectory(source) && d.getSource() != null) file = source.resolve(source.toAbsolutePath().normalize()
                        .relativize(Path.of(d.getSource().toUri()).toAbsolutePath().normalize()));
                String message = d.getMessage(Locale.ROOT);
                // strategies written before Series became a model interface import it from indicators
                String hint = message.contains("class Series") && message.contains("package dev.tradewind.indicators")
                        ? " (Series is now dev.tradewind.model.Series)" : "";
                return file + ":" + d.getLineNumber() + ": " + message.lines().findFirst().orElse("") + hint;
            }
        }
        return source + ": compilation failed";
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Strategy> load(Path source, Path classes) {
        String file = source.getFileName().toString();
        String simple = file.endsWith(".java") ? file.substring(0, file.length() - 5) : file;
        try {
            String pkg = packageOf(source);
            String name = pkg.isEmpty() ? simple : pkg + "." + simple;
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, StrategyCompiler.class.getClassLoader());
            Class<?> c = loader.loadClass(name);
            if (!Strategy.class.isAssignableFrom(c)) {
                throw new UserError(source + ": class " + name + " does not implement " + Strategy.class.getName());
            }
            return (Class<? extends Strategy>) c;
        } catch (ClassNotFoundException e) {
            throw new UserError(source + ": expected a public class named " + simple, e);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String packageOf(Path source) {
        try {
            for (String line : Files.readAllLines(source)) {
                String t = line.strip();
                if (t.startsWith("package ") && t.endsWith(";")) return t.substring(8, t.length() - 1).strip();
                if (t.startsWith("import ") || t.startsWith("public ") || t.startsWith("class ")) break;
            }
            return "";
        } catch (IOException e) {
            throw new UserError(source + ": " + e.getMessage(), e);
        }
    }
}
