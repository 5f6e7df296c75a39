package dev.tradewind.engine;

import dev.tradewind.model.Side;
import java.util.List;

/**
 * A market order as the venue saw it in a portfolio run: the net of the members' market orders of one time step.
 *
 * @param members the member orders inside it, as {@code memberId#orderId}
 */
public record NettedOrder(long venueOrderId, long time, String symbol, Side side, double quantity, List<String> members) {}
