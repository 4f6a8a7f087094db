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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes and decodes object documents: {@code {"_v": version, "<field>": value, ...}} with
 * relations as guid strings. Fields missing from a stored document get their defaults (the model
 * grew); stored fields the model does not know are kept and written back (the model shrank, or a
 * newer process wrote them). A value of the wrong type is a {@link CorruptDataException} naming
 * the key and field. Thread-safe.
 */
public final class DocumentCodec {

    static final String VERSION_FIELD = "_v";

    private DocumentCodec() {
    }

    public static Snapshot decode(HybridModel model, KeyValue kv) {
        Object[] values = model.newValues();
        long version = 0;
        Map<String, JsonNode> extras = Map.of();
        String field = null;
        try (JsonParser p = Json.FACTORY.createParser(kv.value())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CorruptValueException("the document is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
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
                if (f instanceof PropertyModel property) {
                    values[f.index()] = property.codec().read(p);
                } else if (f != null) {
                    values[f.index()] = readGuid(p);
                } else {
                    if (extras.isEmpty()) {
                        extras = new LinkedHashMap<>();
                    }
                    extras.put(field, p.readValueAsTree());
                }
            }
            field = null;
        } catch (CorruptValueException e) {
            throw corrupt(model, kv.key(), field, e.getMessage(), e);
        } catch (IOException e) {
            throw corrupt(model, kv.key(), field, "unreadable JSON: " + e.getMessage(), e);
        }
        return new Snapshot(model, kv.modRevision(), version, values, extras);
    }

    private static String readGuid(JsonParser p) throws IOException, CorruptValueException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> Guids.shared(p.getText());
            default -> throw new CorruptValueException("a relation is stored as a guid string, found " + p.currentToken());
        };
    }

    private static CorruptDataException corrupt(HybridModel model, String key, String field, String why, Throwable cause) {
        return new CorruptDataException("stored " + model.name() + " at key [" + key + "] is corrupt"
                + (field != null ? " in field '" + field + "'" : "") + ": " + why, key, cause);
    }

    /** The document of {@code values} at {@code version}, with {@code extras} appended. */
    public static byte[] encode(HybridModel model, long version, Object[] values, Map<String, JsonNode> extras) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField(VERSION_FIELD, version);
            for (FieldModel f : model.fields()) {
                g.writeFieldName(f.name());
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
                g.writeFieldName(extra.getKey());
                g.writeTree(extra.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + model.name(), e);
        }
        return out.toByteArray();
    }
}
