package dev.tradewind.web;

/** Where the server announces what changed (strategies recompiled, run progress); the web server pushes them as SSE. */
@FunctionalInterface
public interface Events {
    /** Publishes one event; {@code data} is serialized as JSON. Must not block. */
    void publish(String type, Object data);

    /** Drops every event. */
    Events NONE = (type, data) -> { };
}
