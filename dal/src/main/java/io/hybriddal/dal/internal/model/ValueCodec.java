package io.hybriddal.dal.internal.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.model.ValueKind;
import io.hybriddal.dal.internal.model.ValueType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Reads, writes and normalises the values of one {@link ValueType}. Scalars are handled by hand
 * (strictly: a string where a number belongs is corrupt data); collections and records go
 * through a Jackson reader/writer prepared once. Thread-safe.
 */
public final class ValueCodec {

    private final ValueType type;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    public ValueCodec(ValueType type) {
        this.type = type;
        // Scalars are read and written by hand; Jackson is prepared only for collections and records.
        boolean structured = !type.kind().isScalar() && type.kind() != ValueKind.INSTANT;
        this.reader = structured ? Json.MAPPER.readerFor(readType(type)) : null;
        // written as declared: the stored value is an unmodifiable view, not the LinkedHashSet it was read as
        this.writer = structured ? Json.MAPPER.writerFor(Json.MAPPER.getTypeFactory().constructType(type.generic())) : null;
    }

    private static JavaType readType(ValueType type) {
        TypeFactory types = Json.MAPPER.getTypeFactory();
        JavaType declared = types.constructType(type.generic());
        if (type.kind() == ValueKind.SET) {
            // keep the stored order: a plain Set would come back as an unordered HashSet
            return types.constructCollectionType(LinkedHashSet.class, declared.getContentType());
        }
        return declared;
    }

    public ValueType type() {
        return type;
    }

    /** Reads the value at the parser's current token (already advanced onto it). */
    public Object read(JsonParser p) throws IOException, CorruptValueException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return type.zero();
        }
        switch (type.kind()) {
            case STRING:
                requireToken(t, JsonToken.VALUE_STRING);
                return p.getText();
            case INT:
                requireToken(t, JsonToken.VALUE_NUMBER_INT);
                if (p.getNumberType() != JsonParser.NumberType.INT) {
                    throw new CorruptValueException("number " + p.getText() + " does not fit an int");
                }
                return p.getIntValue();
            case LONG:
                requireToken(t, JsonToken.VALUE_NUMBER_INT);
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new CorruptValueException("number " + p.getText() + " does not fit a long");
                }
                return p.getLongValue();
            case DOUBLE:
                if (t == JsonToken.VALUE_STRING) {
                    return nonFinite(p.getText());
                }
                if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                    throw unexpected(t);
                }
                return p.getDoubleValue();
            case BOOLEAN:
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw unexpected(t);
                }
                return t == JsonToken.VALUE_TRUE;
            case ENUM:
                requireToken(t, JsonToken.VALUE_STRING);
                return enumConstant(p.getText());
            case INSTANT:
                requireToken(t, JsonToken.VALUE_STRING);
                try {
                    return Instant.parse(p.getText());
                } catch (RuntimeException e) {
                    throw new CorruptValueException("'" + p.getText() + "' is not an ISO-8601 instant");
                }
            default:
                try {
                    return normalize(reader.readValue(p));
                } catch (IOException e) {
                    throw new CorruptValueException("not a " + type.generic().getTypeName() + ": " + e.getMessage(), e);
                }
        }
    }

    /** Writes {@code value} (already normalised) as JSON. */
    public void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
            return;
        }
        switch (type.kind()) {
            case STRING -> g.writeString((String) value);
            case INT -> g.writeNumber((Integer) value);
            case LONG -> g.writeNumber((Long) value);
            case DOUBLE -> writeDouble(g, (Double) value);
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case ENUM -> g.writeString(((Enum<?>) value).name());
            case INSTANT -> g.writeString(value.toString());
            default -> writer.writeValue(g, value);
        }
    }

    private static void writeDouble(JsonGenerator g, double d) throws IOException {
        if (Double.isFinite(d)) {
            g.writeNumber(d);
        } else {
            g.writeString(Double.toString(d));
        }
    }

    /**
     * The value as hybrid-dal keeps it: collections become unmodifiable copies (so a caller can
     * neither change a stored value behind the DAL's back nor share one between objects).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object normalize(Object value) {
        if (value == null) {
            return type.zero();
        }
        return switch (type.kind()) {
            case LIST -> Collections.unmodifiableList(new ArrayList<>((Collection) value));
            case SET -> Collections.unmodifiableSet(new LinkedHashSet<>((Collection) value));
            case MAP -> Collections.unmodifiableMap(new LinkedHashMap<>((Map) value));
            default -> value;
        };
    }

    /** Converts a {@code defaultValue} text; throws IllegalArgumentException saying why it does not fit. */
    public Object parseDefault(String text) {
        try {
            return normalize(switch (type.kind()) {
                case STRING -> text;
                case INT -> Integer.parseInt(text.strip());
                case LONG -> Long.parseLong(text.strip());
                case DOUBLE -> Double.parseDouble(text.strip());
                case BOOLEAN -> parseBoolean(text.strip());
                case ENUM -> enumConstant(text.strip());
                case INSTANT -> Instant.parse(text.strip());
                default -> reader.readValue(text);
            });
        } catch (IOException | CorruptValueException | RuntimeException e) {
            throw new IllegalArgumentException("default value '" + text + "' is not a " + type.generic().getTypeName()
                    + (e.getMessage() != null ? " (" + e.getMessage() + ")" : ""), e);
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumConstant(String name) throws CorruptValueException {
        try {
            return Enum.valueOf((Class) type.raw(), name);
        } catch (IllegalArgumentException e) {
            throw new CorruptValueException("'" + name + "' is not a constant of " + type.raw().getSimpleName());
        }
    }

    private static Double nonFinite(String text) throws CorruptValueException {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new CorruptValueException("'" + text + "' is not a number");
        };
    }

    private void requireToken(JsonToken actual, JsonToken expected) throws CorruptValueException {
        if (actual != expected) {
            throw unexpected(actual);
        }
    }

    private CorruptValueException unexpected(JsonToken t) {
        return new CorruptValueException("expected " + type.generic().getTypeName() + " but found " + t);
    }

    /** Whether two normalised values are equal (used by dirty checks and merges). */
    public static boolean same(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }
}
