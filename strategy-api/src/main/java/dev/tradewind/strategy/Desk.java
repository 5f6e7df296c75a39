package dev.tradewind.strategy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The option or futures desk a strategy needs ({@code ctx.options()}, {@code ctx.futures()}), declared on its class so
 * that a run started by name (the CLI, the web app, a sweep) gets it without flags. A run's own settings
 * ({@code --options}, {@code --option-vol}, {@code --vol-surface}, {@code --futures}) override it. A Java caller of the
 * engine gives the desk itself ({@code Engine.withOptions}, {@code Engine.withFutures}); this annotation does nothing
 * there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Desk {
    /** The options' expiry calendar ({@code spxw}, {@code spx}, {@code nifty}, {@code banknifty}); empty: no options. */
    String options() default "";

    /** The constant annual volatility options are priced at (0.18 = 18%). */
    double volatility() default 0.18;

    /** The futures contracts ({@code es}); empty: no futures. */
    String futures() default "";
}
