package dev.tradewind.strategy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters a strategy class declares with {@link Param}, in declaration order: the class's own first, then those
 * it inherits, nearest superclass first (a family of strategies can share a parameter group in a base class). A name
 * declared twice in the chain is refused.
 */
public final class ParamSchema {
    private final Class<? extends Strategy> type;
    private final List<ParamSpec> specs;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    private ParamSchema(Class<? extends Strategy> type) {
        this.type = type;
        List<ParamSpec> list = new ArrayList<>();
        Strategy defaults = instantiate(type);
        for (Field f : paramFields(type)) {
            Param p = f.getAnnotation(Param.class);
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                throw new IllegalArgumentException("@Param field " + type.getSimpleName() + "." + f.getName()
                        + " must be neither static nor final");
            }
            f.setAccessible(true);
            if (fields.put(f.getName(), f) != null) {
                throw new IllegalArgumentException("@Param " + f.getName() + " is declared twice in " + type.getSimpleName()
                        + " and its superclasses");
            }
            list.add(spec(f, p, read(f, defaults)));
        }
        this.specs = Collections.unmodifiableList(list);
    }

    private static List<Field> paramFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) if (f.isAnnotationPresent(Param.class)) out.add(f);
        }
        return out;
    }

    /** Reads the schema of a strategy class (which needs a public no-argument constructor). */
    public static ParamSchema of(Class<? extends Strategy> type) { return new ParamSchema(type); }

    public List<ParamSpec> specs() { return specs; }

    /**
     * Creates a strategy with the given values (as text) applied over the defaults.
     *
     * @return the instance; {@link #values} reports what it resolved to
     * @throws ParamException for an unknown name, a value that does not fit the schema, or what
     *         {@link Strategy#checkParams} refuses
     */
    public Strategy create(Map<String, String> values) throws ParamException {
        Strategy s = instantiate(type);
        for (Map.Entry<String, String> e : values.entrySet()) {
            Field f = fields.get(e.getKey());
            if (f == null) {
                throw new ParamException("unknown parameter '" + e.getKey() + "' for " + type.getSimpleName()
                        + "; known: " + String.join(", ", fields.keySet()));
            }
            Object v = specs.get(indexOf(e.getKey())).parse(e.getValue());
            write(f, s, v);
        }
        s.checkParams();
        return s;
    }

    /** The resolved parameter values of an instance, as text, in declaration order. */
    public Map<String, String> values(Strategy s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : fields.values()) out.put(f.getName(), String.valueOf(read(f, s)));
        return out;
    }

    private int indexOf(String name) {
        for (int i = 0; i < specs.size(); i++) if (specs.get(i).name().equals(name)) return i;
        throw new IllegalStateException(name);
    }

    private static ParamSpec spec(Field f, Param p, Object def) {
        Class<?> t = f.getType();
        ParamSpec.Type kind;
        List<String> choices = List.of();
        if (t == int.class) kind = ParamSpec.Type.INT;
        else if (t == double.class) kind = ParamSpec.Type.DOUBLE;
        else if (t == boolean.class) kind = ParamSpec.Type.BOOLEAN;
        else if (t.isEnum()) {
            kind = ParamSpec.Type.CHOICE;
            choices = Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        } else if (t == String.class && p.choices().length > 0) {
            kind = ParamSpec.Type.CHOICE;
            choices = List.of(p.choices());
        } else {
            throw new IllegalArgumentException("@Param field " + f.getName() + " has unsupported type " + t.getSimpleName()
                    + " (int, double, boolean, enum, or String with choices)");
        }
        return new ParamSpec(f.getName(), kind, String.valueOf(def), p.min(), p.max(), p.description(), choices);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void write(Field f, Strategy s, Object v) {
        try {
            if (f.getType().isEnum()) f.set(s, Enum.valueOf((Class<Enum>) f.getType(), (String) v));
            else f.set(s, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Field f, Strategy s) {
        try {
            Object v = f.get(s);
            return v instanceof Enum<?> e ? e.name() : v;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Strategy instantiate(Class<? extends Strategy> type) {
        try {
            var c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " needs a public no-argument constructor", e);
        }
    }
}
