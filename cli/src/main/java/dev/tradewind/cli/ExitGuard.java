package dev.tradewind.cli;

import java.util.Map;

/**
 * Makes a {@code System.exit} called from anywhere but {@link Main#main} (a strategy ending the process in the middle
 * of a run) a failure: the shutdown hook names the line that called it on stderr and halts with exit code 2, so a
 * script never reads success from a run that did not finish. Ctrl-C and kill are left as they are.
 */
final class ExitGuard {
    private static volatile boolean exiting;

    private ExitGuard() {}

    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(ExitGuard::check, "tradewind-exit-guard"));
    }

    /** Main is about to exit with its own code. */
    static void exiting() { exiting = true; }

    private static void check() {
        if (exiting) return;
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement caller = exitCaller(e.getValue());
            if (caller == null) continue;
            System.out.flush();
            System.err.println("error: System.exit was called at " + caller.getFileName() + ":" + caller.getLineNumber()
                    + " (" + caller.getClassName() + ") before the command finished; a strategy must return, or throw "
                    + "to stop the run");
            System.err.flush();
            Runtime.getRuntime().halt(2);
        }
    }

    /** The frame that called System.exit or Runtime.exit on this stack, or null. */
    static StackTraceElement exitCaller(StackTraceElement[] stack) {
        boolean inExit = false;
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.equals("java.lang.Runtime") && f.getMethodName().equals("exit")) inExit = true;
            else if (inExit && !c.equals("java.lang.System") && !c.equals("java.lang.Runtime")) return f;
        }
        return null;
    }
}
