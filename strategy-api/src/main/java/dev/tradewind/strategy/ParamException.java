package dev.tradewind.strategy;

/** A parameter value a user gave is invalid; the message is one line naming the parameter. */
public final class ParamException extends Exception {
    public ParamException(String message) { super(message); }
}
