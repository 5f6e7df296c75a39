package dev.tradewind.engine;

/**
 * A compliance decision on one member order: resized from {@code requested} to {@code allowed} units, or rejected
 * ({@code allowed} 0).
 */
public record ComplianceAction(long time, String member, long orderId, String symbol, double requested, double allowed,
        String reason) {}
