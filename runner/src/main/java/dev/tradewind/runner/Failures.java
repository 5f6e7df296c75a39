package dev.tradewind.runner;

import dev.tradewind.model.Printable;
import dev.tradewind.model.Times;

/**
 * An unexpected exception or error as one line a person can act on: what was thrown, the bar it happened at, and the
 * line of the strategy it came from ({@code Breakout.java:41}). A failure with a strategy line, or out of memory, or
 * a stack overflow, is the user's to fix; anything else is a fault of Tradewind itself.
 */
public final class Failures {
    private Failures() {}

    /** One line, escaped, without a stack trace. */
    public static String describe(Throwable e) {
        long bar = e instanceof RunFailure f ? f.barTime() : RunFailure.NO_BAR;
        Throwable t = e instanceof RunFailure && e.getCause() != null ? e.getCause() : e;
        StackTraceElement where = strategyFrame(t);
        StringBuilder s = new StringBuilder();
        if (root(t) instanceof OutOfMemoryError) s.append("out of memory");
        else if (root(t) instanceof StackOverflowError) s.append("stack overflow (a recursion that never ends?)");
        else if (where != null || bar != RunFailure.NO_BAR) s.append("the strategy failed");
        else s.append("internal error");
        if (bar != RunFailure.NO_BAR) s.append(" at bar ").append(Times.format(bar));
        s.append(": ");
        if (t instanceof ExceptionInInitializerError && t.getCause() != null) {
            s.append("its static initializer threw ");
            t = t.getCause();
        }
        s.append(t.getClass().getSimpleName());
        String m = t.getMessage();
        if (m != null && !m.isBlank()) s.append(": ").append(m.strip().lines().findFirst().orElse(""));
        if (where != null) s.append(" (").append(where.getFileName()).append(':').append(where.getLineNumber()).append(')');
        if (root(t) instanceof OutOfMemoryError) {
            s.append("; the JVM may use ").append(Runtime.getRuntime().maxMemory() >> 20)
                    .append(" MB: give it more with JAVA_TOOL_OPTIONS=-Xmx8g, or keep less in memory");
        }
        return Printable.escape(s.toString());
    }

    /** Whether the failure is the user's (a strategy's fault, out of memory, a stack overflow): exit code 2. */
    public static boolean isUsers(Throwable e) {
        Throwable t = e instanceof RunFailure && e.getCause() != null ? e.getCause() : e;
        return e instanceof RunFailure || strategyFrame(t) != null || root(t) instanceof OutOfMemoryError
                || root(t) instanceof StackOverflowError;
    }

    /** The topmost line of strategy code on the stack of {@code e} or of its causes, or null. */
    public static StackTraceElement strategyFrame(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement f : t.getStackTrace()) if (isStrategy(f)) return f;
        }
        return null;
    }

    private static boolean isStrategy(StackTraceElement f) {
        String c = f.getClassName();
        if (c.startsWith("dev.tradewind.examples.")) return true;
        if (c.startsWith("dev.tradewind.") || f.getModuleName() != null) return false;
        String loader = f.getClassLoaderName();
        // classes compiled from a strategy file come from their own loader, never the application's
        return loader == null || !(loader.equals("app") || loader.equals("platform"));
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 20 && t.getCause() != null && t.getCause() != t; i++) t = t.getCause();
        return t;
    }
}
