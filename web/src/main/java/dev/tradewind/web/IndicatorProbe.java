package dev.tradewind.web;

import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.model.Series;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the indicators a strategy asks for: creates it with a run's parameters and calls its {@code onStart} with
 * an inert context that records every {@code ctx.indicator(spec)} and {@code ctx.indicator(spec, timeframe)}.
 * Anything else the strategy does in onStart sees zeros and empty views; if it fails, the specs recorded until then
 * are kept. Overlays are a view of the run, so a strategy that decides its indicators from data is shown partially
 * rather than failing the report.
 */
final class IndicatorProbe {
    /** One indicator request; {@code timeframe} is null for the run's own bars. */
    record Request(String spec, String timeframe) {}

    private IndicatorProbe() {}

    static List<Request> requests(Class<? extends Strategy> type, Map<String, String> params) {
        Set<Request> found = new LinkedHashSet<>();
        Strategy strategy;
        try {
            strategy = ParamSchema.of(type).create(params);
        } catch (ParamException | RuntimeException e) {
            return List.of();
        }
        dev.tradewind.strategy.Context ctx = inert(dev.tradewind.strategy.Context.class, found);
        try {
            strategy.onStart(ctx);
        } catch (RuntimeException | LinkageError e) {
            // keep what was recorded before the failure
        }
        return new ArrayList<>(found);
    }

    private static <T> T inert(Class<T> type, Set<Request> found) {
        InvocationHandler handler = new Inert(found);
        return type.cast(Proxy.newProxyInstance(IndicatorProbe.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private record Inert(Set<Request> found) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method m, Object[] args) {
            Class<?> r = m.getReturnType();
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "inert " + proxy.getClass().getInterfaces()[0].getSimpleName();
                };
            }
            if (m.getName().equals("indicator") && args != null && args.length >= 1 && args[0] instanceof String spec) {
                String tf = args.length >= 2 && args[1] instanceof String s ? s : null;
                found.add(new Request(spec, tf));
                return emptySeries(spec);
            }
            if (r == Series.class) return emptySeries("close");
            if (r == void.class) return null;
            if (r == boolean.class) return false;
            if (r == double.class) return 0.0;
            if (r == float.class) return 0f;
            if (r == long.class) return 0L;
            if (r == int.class) return 0;
            if (r == short.class) return (short) 0;
            if (r == byte.class) return (byte) 0;
            if (r == char.class) return (char) 0;
            if (r == String.class) return "";
            if (r == Map.class) return Map.of();
            if (r == List.class) return List.of();
            if (r == long[].class) return new long[0];
            if (r == double[].class) return new double[0];
            if (r.isInterface()) return inert(r, found);
            return null;
        }

        private static Series emptySeries(String spec) {
            try {
                return new IndicatorGraph(1).add(spec);
            } catch (RuntimeException e) {
                return new IndicatorGraph(1).add("close");
            }
        }
    }
}
