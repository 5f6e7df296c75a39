package dev.tradewind.model;

/** What changes hands at exercise or expiry: cash at the settlement price, or the underlying itself. */
public enum Settlement { CASH, PHYSICAL }
