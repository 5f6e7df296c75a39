package dev.tradewind.model;

/** When an option may be exercised: only at expiry (European, e.g. SPX, NIFTY) or any day up to it (American). */
public enum ExerciseStyle { EUROPEAN, AMERICAN }
