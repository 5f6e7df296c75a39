package dev.tradewind.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The browsers listening on {@code GET /api/events}. Events are serialized once and written to every client from
 * one sender thread, so a publisher (a run, the strategy watcher) never waits on a slow browser; a comment every
 * 15 seconds keeps proxies from closing idle streams and finds clients that went away.
 */
final class SseHub implements Events, AutoCloseable {
    private final Set<SseClient> clients = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tradewind-sse");
        t.setDaemon(true);
        return t;
    });

    SseHub() {
        sender.scheduleAtFixedRate(() -> forEach(c -> c.sendComment("ping")), 15, 15, TimeUnit.SECONDS);
    }

    /** Registers a client and keeps its stream open; greets it with a {@code hello} event. */
    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        sender.execute(() -> send(client, "hello", "{\"clients\":" + clients.size() + "}"));
    }

    int clients() { return clients.size(); }

    @Override
    public void publish(String type, Object data) {
        String json = WebJson.write(data);
        sender.execute(() -> forEach(c -> send(c, type, json)));
    }

    private void forEach(java.util.function.Consumer<SseClient> action) {
        for (SseClient c : clients) {
            if (c.terminated()) clients.remove(c);
            else action.accept(c);
        }
    }

    private void send(SseClient c, String type, String json) {
        try {
            c.sendEvent(type, json);
        } catch (RuntimeException e) {
            clients.remove(c);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        for (SseClient c : clients) {
            try {
                c.close();
            } catch (RuntimeException e) {
                // already gone
            }
        }
        clients.clear();
    }
}
