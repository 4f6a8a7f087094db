package io.hybriddal.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The command's own Jackson configuration, matching how hybrid-dal stores values (ISO-8601
 * instants, enums by name) and as strict as the stores' decoding (no coercion of strings into
 * numbers or of floats into ints), so that an import accepts exactly the values an export writes
 * and a Dal would store. The CLI keeps its own mapper because the Dal's is not public API.
 */
final class CliJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CliJson() {
    }

    /** {@code json} as a value of {@code type} (a property's generic type), or an exception saying why not. */
    static Object convert(JsonNode json, Type type) {
        return MAPPER.convertValue(json, MAPPER.constructType(type));
    }

    /**
     * A value as JSON, with the elements of a set sorted (a set's iteration order is arbitrary), so
     * that equal values give equal JSON: equal stores export equal files, and values compare by JSON.
     */
    static JsonNode canonical(Object value) {
        JsonNode node = MAPPER.valueToTree(value);
        return value instanceof Set<?> ? sorted(node) : node;
    }

    /** A JSON array with its elements sorted by their JSON text (a set's canonical order); other JSON as it is. */
    static JsonNode sorted(JsonNode node) {
        if (!node.isArray()) {
            return node;
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        elements.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode sorted = MAPPER.createArrayNode();
        elements.forEach(sorted::add);
        return sorted;
    }
}
