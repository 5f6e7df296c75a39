package dev.tradewind.cli;

import dev.tradewind.model.UserError;
import dev.tradewind.web.WebServer;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind serve}: the local web app until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the web app: run strategies from a form, see trades on the chart, browse and compare runs.",
                "Edits to .java files in --strategies are recompiled and the open report re-runs."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "7070")
    int port;
    @Option(names = "--host", description = "address to bind (default ${DEFAULT-VALUE}: this machine only)", defaultValue = "127.0.0.1")
    String host;
    @Option(names = "--strategies", paramLabel = "DIR", description = "folder of your strategy .java files, watched for changes")
    Path strategies;
    @Option(names = "--store", paramLabel = "FILE|URL", description = "the run store (default: $TRADEWIND_STORE, else ~/.tradewind/runs.db)")
    String store;
    @Option(names = "--no-store", description = "do not record runs; the Runs page shows this session's runs only")
    boolean noStore;
    @Option(names = "--batches", paramLabel = "DIR", description = "where the Batches page finds weighted batches "
            + "(tradewind weight outputs; default: out/ of the installation, where examples/research/run writes)")
    Path batches;
    @Option(names = "--control-dir", paramLabel = "DIR", description = "the live runs' control folder, for their kill switch "
            + "(default: as tradewind live: $TRADEWIND_HOME/live, else ~/.tradewind/live)")
    Path controlDir;
    @Option(names = "--open", description = "open the app in the default browser")
    boolean open;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) throw new UserError("--port: expected 0..65535, got " + port);
        if (strategies != null && !Files.isDirectory(strategies)) {
            throw new UserError("--strategies: " + strategies + " is not a folder");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Path home = Path.of(System.getProperty("tradewind.home", ".")).toAbsolutePath().normalize();
        WebServer.Options options = WebServer.Options.defaults(home).withHost(host).withPort(port).withStrategies(strategies)
                .withStore(!noStore, store);
        if (batches != null) options = options.withBatches(batches.toAbsolutePath().normalize());
        if (controlDir != null) options = options.withLiveControl(controlDir.toAbsolutePath().normalize());
        WebServer server;
        try {
            server = WebServer.start(options);
        } catch (dev.tradewind.store.StoreException e) {
            throw new UserError(e.getMessage() + " (--no-store serves without recording runs)", e);
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new UserError("cannot listen on " + host + ":" + port + " (in use or not allowed); choose another with --port");
            }
            throw e;
        }
        var out = spec.commandLine().getOut();
        out.println("Tradewind web app: " + server.url());
        if (strategies != null) out.println("Watching " + strategies.toAbsolutePath().normalize() + " for strategy changes");
        out.println(noStore ? "Runs are not recorded (--no-store)" : "Runs are recorded in " + server.store());
        if (!WebServer.isLoopback(host)) {
            out.println("warning: listening on " + host + ": anyone who reaches this address can run backtests; there is no login");
        }
        if (!WebServer.hasUi()) out.println("warning: this build has no UI assets (web built with -Dfrontend.skip); the API works");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        if (open) browse(server.url());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "tradewind-serve-shutdown"));
        stopped.await();
        return 0;
    }

    private void browse(String url) {
        try {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
                return;
            }
            new ProcessBuilder(System.getProperty("os.name").startsWith("Mac") ? "open" : "xdg-open", url).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }
}
