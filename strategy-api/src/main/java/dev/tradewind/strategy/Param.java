package dev.tradewind.strategy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a strategy parameter on a field of type int, double, boolean, String (with {@link #choices}) or an
 * enum. The field's initial value is the default. The CLI and UI read the schema and validate values.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
    /** What the parameter does, for help texts and forms. */
    String description() default "";

    /** Smallest allowed value for numbers (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value for numbers (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** Allowed values for a String parameter; enums use their constants. */
    String[] choices() default {};
}
