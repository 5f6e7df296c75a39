package dev.tradewind.model;

/**
 * Order states and the one table of legal transitions between them. Every state change in the engine goes
 * through {@link #canTransitionTo}; anything else is a programming error.
 */
public enum OrderStatus {
    NEW, ACCEPTED, TRIGGERED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REJECTED;

    /** Whether no further transition is possible. */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == EXPIRED || this == REJECTED;
    }

    /** Whether the order may still fill. */
    public boolean isOpen() { return !isTerminal() && this != NEW; }

    /** The transition table. */
    public boolean canTransitionTo(OrderStatus next) {
        return switch (this) {
            case NEW -> next == ACCEPTED || next == REJECTED || next == CANCELED;
            case ACCEPTED -> next == TRIGGERED || next == PARTIALLY_FILLED || next == FILLED || next == CANCELED
                    || next == EXPIRED || next == REJECTED;
            case TRIGGERED -> next == PARTIALLY_FILLED || next == FILLED || next == CANCELED || next == EXPIRED
                    || next == REJECTED;
            case PARTIALLY_FILLED -> next == PARTIALLY_FILLED || next == FILLED || next == CANCELED || next == EXPIRED;
            case FILLED, CANCELED, EXPIRED, REJECTED -> false;
        };
    }

    /** Returns {@code next} or throws {@link IllegalStateException} if the transition is illegal. */
    public OrderStatus transition(OrderStatus next) {
        if (!canTransitionTo(next)) {
            throw new IllegalStateException("illegal order transition " + this + " -> " + next);
        }
        return next;
    }
}
