package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.model.ValueKind;
import io.hybriddal.dal.internal.model.ValueType;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts filter values to the type of the compared path, once per compilation. Numbers become
 * {@link NumericOperand}s (compared by value), enum names become constants, related objects
 * become guids; anything that cannot be compared with the path's type is an
 * {@link io.hybriddal.dal.InvalidQueryException}, and so is an equality operand (eq, ne, in,
 * contains, elements of collections and maps) that no value of the type can equal: 10.5 for a
 * long, 2^40 for an int (such a filter could never match, or always would). Inside collections
 * and maps, values are converted exactly to the stored element class.
 */
final class Operands {

    private Operands() {
    }

    /** {@code value} converted for comparing with the values of {@code site}'s path; null stays null. */
    static Object scalar(Site site, Object value) {
        if (value == null) {
            return null;
        }
        return switch (site.domain()) {
            case STRING, GUID -> {
                if (value instanceof String) {
                    yield value;
                }
                throw site.mismatch(value);
            }
            case RELATION -> {
                if (value instanceof String guid) {
                    if (guid.isBlank()) {
                        throw site.invalid("a guid is never blank; " + site.subject() + " cannot equal \"" + guid + "\"");
                    }
                    yield value;
                }
                if (value instanceof DataObject d && site.path().relation().target().type().isInstance(d)) {
                    yield d.getGuid();
                }
                throw site.mismatch(value);
            }
            case NUMBER -> {
                if (!(value instanceof Number n)) {
                    throw site.mismatch(value);
                }
                NumericOperand operand = NumericOperand.of(n);
                if (orders(site.operator())) {
                    yield operand; // 10.5 orders among longs
                }
                requireHoldable(site, site.path().valueType(), operand, value);
                yield operand;
            }
            default -> exact(site, site.path().valueType(), value);
        };
    }

    /** {@code value} as a stored value of {@code type} would be. */
    static Object exact(Site site, ValueType type, Object value) {
        if (value == null) {
            return null;
        }
        switch (type.kind()) {
            case STRING:
                return require(site, value instanceof String, value);
            case INT:
            case LONG:
            case DOUBLE:
                if (value instanceof Number n) {
                    return requireHoldable(site, type, NumericOperand.of(n), value);
                }
                throw site.mismatch(value);
            case BOOLEAN:
                return require(site, value instanceof Boolean, value);
            case INSTANT:
                return require(site, value instanceof Instant, value);
            case ENUM:
                return enumConstant(site, type.raw(), value);
            case RECORD:
                return require(site, type.raw().isInstance(value), value);
            case LIST:
            case SET:
                if (!(value instanceof Collection<?> items)) {
                    throw site.mismatch(value);
                }
                ValueType element = typeArgument(type, 0);
                Collection<Object> converted = type.kind() == ValueKind.LIST
                        ? new ArrayList<>(items.size()) : new LinkedHashSet<>();
                for (Object item : items) {
                    converted.add(exact(site, element, item));
                }
                return converted instanceof List<Object> l ? Collections.unmodifiableList(l)
                        : Collections.unmodifiableSet((Set<Object>) converted);
            case MAP:
                if (!(value instanceof Map<?, ?> entries)) {
                    throw site.mismatch(value);
                }
                ValueType valueType = typeArgument(type, 1);
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : entries.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw site.invalid("map keys are strings; " + QueryErrors.describe(e.getKey()) + " is not");
                    }
                    map.put(key, exact(site, valueType, e.getValue()));
                }
                return Collections.unmodifiableMap(map);
            default:
                throw new AssertionError(type.kind());
        }
    }

    private static boolean orders(Filter.Operator op) {
        return op == Filter.Operator.GT || op == Filter.Operator.GE || op == Filter.Operator.LT || op == Filter.Operator.LE;
    }

    /**
     * {@code operand} exactly as a stored value of the numeric {@code type} (Integer, Long, Double).
     *
     * @throws io.hybriddal.dal.InvalidQueryException when no such value equals it (10.5 and a long,
     *                                               2^40 and an int): the comparison could never match
     */
    private static Object requireHoldable(Site site, ValueType type, NumericOperand operand, Object value) {
        Object exact = operand.exactAs(type.kind());
        if (exact == null) {
            throw site.invalid(QueryErrors.describe(value) + " can never equal a value of type " + type.generic().getTypeName()
                    + " (" + site.operator() + " on " + site.subject() + "); compare whole numbers in the type's range,"
                    + " or order with gt/ge/lt/le");
        }
        return exact;
    }

    /**
     * The operand of {@code contains}: a substring of a string, an element of a list or set
     * (converted exactly), a key of a map.
     */
    static Object containment(Site site, Object value) {
        return switch (site.domain()) {
            case STRING, GUID -> scalar(site, value);
            case COLLECTION -> exact(site, typeArgument(site.path().valueType(), 0), value);
            case MAP -> {
                if (value instanceof String) {
                    yield value;
                }
                throw site.invalid("contains on a map tests a key, which is a string; not " + QueryErrors.describe(value));
            }
            default -> throw site.invalid("contains applies to strings (substring), lists and sets (element) and maps"
                    + " (key), not to " + site.subject());
        };
    }

    /** The constant of {@code enumType} that {@code value} is, or names exactly. */
    static Object enumConstant(Site site, Class<?> enumType, Object value) {
        if (enumType.isInstance(value)) {
            return value;
        }
        if (value instanceof String name) {
            for (Object constant : enumType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw site.invalid(enumType.getSimpleName() + " has no constant named \"" + name + "\" (constants: "
                    + Arrays.toString(enumType.getEnumConstants()) + ")");
        }
        throw site.mismatch(value);
    }

    /** The element (0) or map value (1) type of a collection or map type. */
    static ValueType typeArgument(ValueType type, int index) {
        String[] problem = new String[1];
        ValueType element = ValueType.of(((ParameterizedType) type.generic()).getActualTypeArguments()[index], problem);
        if (element == null) {
            throw new IllegalStateException("registered type " + type.generic() + " has a bad argument: " + problem[0]);
        }
        return element;
    }

    private static Object require(Site site, boolean fits, Object value) {
        if (!fits) {
            throw site.mismatch(value);
        }
        return value;
    }
}
