package dev.tradewind.runner;

import dev.tradewind.examples.Builtins;
import dev.tradewind.model.UserError;
import dev.tradewind.strategy.Strategy;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A strategy named on the command line, in one of four forms:
 * <ul>
 *   <li>a built-in name ({@code sma-cross});</li>
 *   <li>a {@code .java} file, compiled at run time;</li>
 *   <li>a folder: every {@code .java} file under it compiled together, the one class implementing {@link Strategy}
 *       the strategy;</li>
 *   <li>{@code fully.qualified.Name@CLASSPATH} ({@code --classpath}): a compiled class from jars or class folders
 *       (separated by the platform's path separator).</li>
 * </ul>
 * The fingerprint ({@code strategy_sha256}) covers every file the strategy came from, so a rerun of a config refuses a
 * changed strategy; a built-in has none. Sources are compiled once per content in a process, so sweeps and re-runs of
 * unchanged files do not recompile them.
 */
public record StrategySource(Class<? extends Strategy> type, String sha256) {
    private static final Map<String, Class<? extends Strategy>> LOADED = new ConcurrentHashMap<>();

    /** The form {@code name@classpath} of a class on a classpath. */
    public static String onClasspath(String className, String classpath) { return className + "@" + classpath; }

    public static StrategySource resolve(String name) {
        Class<? extends Strategy> builtin = Builtins.find(name);
        if (builtin != null) return new StrategySource(builtin, null);
        int at = name.indexOf('@');
        if (at > 0 && isClassName(name.substring(0, at))) return fromClasspath(name.substring(0, at), name.substring(at + 1));
        if (name.endsWith(".java")) {
            Path file = Path.of(name);
            String sha = Fingerprint.sha256(file);
            return new StrategySource(cached(file.toAbsolutePath().normalize() + "@" + sha, () -> StrategyCompiler.compile(file)), sha);
        }
        Path dir = Path.of(name);
        if (Files.isDirectory(dir)) {
            List<Path> sources = files(dir, ".java");
            if (sources.isEmpty()) throw new UserError(dir + ": no .java files in this folder");
            String sha = sha256(dir, sources);
            return new StrategySource(cached(dir.toAbsolutePath().normalize() + "@" + sha, () -> StrategyCompiler.compileFolder(dir, sources)), sha);
        }
        if (isClassName(name) && name.contains(".")) {
            throw new UserError("--strategy: '" + name + "' is no built-in strategy; for a compiled class give its jar or class "
                    + "folder with --classpath");
        }
        throw new UserError("--strategy: unknown strategy '" + name + "'; built-in: " + String.join(", ", Builtins.all().keySet())
                + ", a .java file, a folder of .java files, or a class name with --classpath");
    }

    private static StrategySource fromClasspath(String className, String classpath) {
        List<Path> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String part : classpath.split(File.pathSeparator)) {
            if (part.isBlank()) continue;
            Path p = Path.of(part);
            if (Files.isDirectory(p)) {
                for (Path f : files(p, "")) files.add(f);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UserError("--classpath: no such jar or folder: " + p);
            }
            entries.add(p);
        }
        if (entries.isEmpty()) throw new UserError("--classpath: give a jar or a folder of classes");
        String sha = sha256(null, files);
        Class<? extends Strategy> type = cached(entries.stream().map(e -> e.toAbsolutePath().normalize().toString()).toList() + "@" + sha
                + "@" + className, () -> load(className, entries));
        return new StrategySource(type, sha);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Strategy> load(String className, List<Path> entries) {
        URL[] urls = new URL[entries.size()];
        try {
            for (int i = 0; i < urls.length; i++) urls[i] = entries.get(i).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        URLClassLoader loader = new URLClassLoader(urls, StrategySource.class.getClassLoader());
        try {
            Class<?> c = Class.forName(className, true, loader);
            if (!Strategy.class.isAssignableFrom(c)) {
                throw new UserError("--strategy: class " + className + " does not implement " + Strategy.class.getName());
            }
            return (Class<? extends Strategy>) c;
        } catch (ClassNotFoundException e) {
            throw new UserError("--strategy: no class " + className + " in --classpath " + entries, e);
        } catch (LinkageError e) {
            throw new UserError("--strategy: class " + className + " cannot be loaded: " + e, e);
        }
    }

    private interface Loader { Class<? extends Strategy> load(); }

    private static Class<? extends Strategy> cached(String key, Loader loader) {
        Class<? extends Strategy> type = LOADED.get(key);
        if (type == null) {
            type = loader.load();
            LOADED.put(key, type);
        }
        return type;
    }

    private static boolean isClassName(String s) {
        return s.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");
    }

    /** Regular files under {@code dir} whose names end with {@code suffix}, in path order. */
    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UserError(dir + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** One fingerprint over files: each file's path (relative to {@code base}, if given) and SHA-256, in order. */
    private static String sha256(Path base, List<Path> files) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                String rel = base == null ? f.getFileName().toString() : base.relativize(f).toString().replace('\\', '/');
                d.update((rel + "\n" + Fingerprint.sha256(f) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
