package io.hybriddal.dal.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.model.CorruptValueException;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.spi.KeyValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Encodes and decodes object documents: {@code {"_v": version, "<field>": value, ...}} with
 * relations as guid strings. Fields missing from a stored document get their defaults (the model
 * grew); stored fields the model does not know are kept and written back (the model shrank, or a
 * newer process wrote them), except those under a property's former names, read into it when the
 * current name is missing and dropped on the next save. Decoding is strict: a value of the wrong
 * type (no coercion, not even of a number into a string), a field or map key given twice, content
 * after the document, or a value beyond the limits of {@link Json#READ_LIMITS} is a
 * {@link CorruptDataException} naming the key and field. Thread-safe.
 */
public final class DocumentCodec {

    static final String VERSION_FIELD = "_v";

    private DocumentCodec() {
    }

    public static Snapshot decode(HybridModel model, KeyValue kv) {
        try {
            return read(model, kv.value(), kv.modRevision());
        } catch (Unreadable e) {
            throw new CorruptDataException("stored " + model.name() + " at key [" + kv.key() + "] is corrupt"
                    + (e.field != null ? " in field '" + e.field + "'" : "") + ": " + e.getMessage(), kv.key(), e.getCause());
        }
    }

    /**
     * Why {@link #decode} would refuse {@code document} ({@code "property 'x': why"}), or null when
     * it reads it: the writer's check that what it stores can be read again.
     */
    public static String whyUnreadable(HybridModel model, byte[] document) {
        try {
            read(model, document, 0);
            return null;
        } catch (Unreadable e) {
            if (e.field == null) {
                return "the document: " + e.getMessage();
            }
            String kind = model.field(e.field) instanceof PropertyModel ? "property" : "field";
            return kind + " '" + e.field + "': " + e.getMessage();
        }
    }

    private static Snapshot read(HybridModel model, byte[] document, long revision) throws Unreadable {
        Object[] values = model.newValues();
        long version = 0;
        Map<String, JsonNode> extras = Map.of();
        FormerValues former = model.hasFormerNames() ? new FormerValues() : null;
        String field = null;
        try (JsonParser p = Json.FACTORY.createParser(document)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CorruptValueException("the document is not a JSON object");
            }
            for (field = null; p.nextToken() == JsonToken.FIELD_NAME; field = null) {
                field = p.currentName();
                p.nextToken();
                if (VERSION_FIELD.equals(field)) {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                        throw new CorruptValueException("the version is not an integer");
                    }
                    version = p.getLongValue();
                    continue;
                }
                FieldModel f = model.field(field);
                PropertyModel renamed = f == null && former != null ? model.formerly(field) : null;
                if (renamed != null) {
                    former.offer(renamed, field, renamed.codec().read(p));
                } else if (f instanceof PropertyModel property) {
                    values[f.index()] = property.codec().read(p);
                    if (former != null) {
                        former.stored(property);
                    }
                } else if (f != null) {
                    values[f.index()] = readGuid(p);
                } else {
                    if (extras.isEmpty()) {
                        extras = new LinkedHashMap<>();
                    }
                    extras.put(field, p.readValueAsTree());
                }
            }
            requireEnd(p);
            if (former != null) {
                former.fill(values);
            }
        } catch (CorruptValueException e) {
            throw new Unreadable(field, e.getMessage(), e);
        } catch (IOException e) {
            throw new Unreadable(field, "unreadable JSON: " + e.getMessage(), e);
        }
        return Snapshot.of(model, revision, version, values, extras);
    }

    /**
     * Values a document holds under former names of properties ({@code @Property(formerly)}): one
     * fills its property only when the document lacks the current name, the newest name winning.
     */
    private static final class FormerValues {
        private final Map<PropertyModel, Object> values = new HashMap<>();
        private final Map<PropertyModel, Integer> ranks = new HashMap<>();
        private final Set<PropertyModel> current = new HashSet<>();

        void offer(PropertyModel property, String name, Object value) {
            int rank = property.formerly().indexOf(name);
            Integer held = ranks.get(property);
            if (held == null || rank < held) {
                ranks.put(property, rank);
                values.put(property, value);
            }
        }

        void stored(PropertyModel property) {
            current.add(property);
        }

        void fill(Object[] into) {
            values.forEach((property, value) -> {
                if (!current.contains(property)) {
                    into[property.index()] = value;
                }
            });
        }
    }

    /** Whether {@code document} holds a field under a former name of a property of {@code model} (then migrate rewrites it). */
    public static boolean holdsFormerNames(HybridModel model, byte[] document) {
        if (!model.hasFormerNames()) {
            return false;
        }
        try (JsonParser p = Json.FACTORY.createParser(document)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (model.field(p.currentName()) == null && model.formerly(p.currentName()) != null) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false; // an unreadable document is reported by the reads that decode it
        }
    }

    /** A document {@link #read} refused: the field it was reading (null outside fields) and why. */
    private static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final String field;

        Unreadable(String field, String why, Throwable cause) {
            super(why, cause, false, false);
            this.field = field;
        }
    }

    private static void requireEnd(JsonParser p) throws CorruptValueException {
        try {
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new CorruptValueException("unexpected content after the document: " + after);
            }
        } catch (IOException e) {
            throw new CorruptValueException("unexpected content after the document: " + e.getMessage(), e);
        }
    }

    private static String readGuid(JsonParser p) throws IOException, CorruptValueException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> Guids.shared(p.getText());
            default -> throw new CorruptValueException("a relation is stored as a guid string, found " + p.currentToken());
        };
    }

    /**
     * The document of {@code values} at {@code version}, with {@code extras} appended; a value
     * Jackson cannot write is an {@link UncheckedIOException} naming the field.
     */
    public static byte[] encode(HybridModel model, long version, Object[] values, Map<String, JsonNode> extras) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        String field = null;
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField(VERSION_FIELD, version);
            for (FieldModel f : model.fields()) {
                field = f.name();
                g.writeFieldName(field);
                Object value = values[f.index()];
                if (f instanceof PropertyModel property) {
                    property.codec().write(g, value);
                } else if (value == null) {
                    g.writeNull();
                } else {
                    g.writeString((String) value);
                }
            }
            for (Map.Entry<String, JsonNode> extra : extras.entrySet()) {
                field = extra.getKey();
                g.writeFieldName(field);
                g.writeTree(extra.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + model.name() + (field != null ? " field '" + field + "'" : "")
                    + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
