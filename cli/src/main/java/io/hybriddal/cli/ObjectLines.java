package io.hybriddal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.codec.Json;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The export format: one JSON object per line,
 * {@code {"hybrid":"vdisk","guid":"...","version":3,"properties":{...},"relations":{"vpool":"<guid>"|null}}},
 * properties in declaration order, values as hybrid-dal stores them (ISO-8601 instants, enums by name),
 * set elements sorted.
 */
final class ObjectLines {

    /** A parsed line. */
    record Line(int number, String hybrid, String guid, long version, JsonNode properties, JsonNode relations) {
    }

    private ObjectLines() {
    }

    static String encode(HybridModel m, DataObject o) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("hybrid", m.name());
        line.put("guid", o.getGuid());
        line.put("version", o.version());
        ObjectNode properties = line.putObject("properties");
        for (Map.Entry<String, Object> e : o.export().entrySet()) {
            properties.set(e.getKey(), canonical(e.getValue()));
        }
        ObjectNode relations = line.putObject("relations");
        for (RelationModel r : m.relations()) {
            relations.put(r.name(), o.relationGuid(r.name()));
        }
        try {
            return Json.MAPPER.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + m.name() + " " + o.getGuid(), e);
        }
    }

    /** A property value as JSON; sets (whose iteration order is arbitrary) sorted, so equal stores export equal files. */
    private static JsonNode canonical(Object value) {
        JsonNode node = Json.MAPPER.valueToTree(value);
        if (value instanceof Set<?> && node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(elements::add);
            elements.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode sorted = Json.MAPPER.createArrayNode();
            elements.forEach(sorted::add);
            return sorted;
        }
        return node;
    }

    /**
     * Parses line {@code number}.
     *
     * @throws IllegalArgumentException naming the line when it is not such an object
     */
    static Line decode(int number, String text) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("line " + number + " is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.path("hybrid").isTextual() || !node.path("guid").isTextual()) {
            throw new IllegalArgumentException("line " + number + " is not an exported object (needs \"hybrid\" and \"guid\" strings)");
        }
        JsonNode properties = node.path("properties");
        JsonNode relations = node.path("relations");
        if (!properties.isMissingNode() && !properties.isObject() || !relations.isMissingNode() && !relations.isObject()) {
            throw new IllegalArgumentException("line " + number + ": \"properties\" and \"relations\" must be JSON objects");
        }
        return new Line(number, node.get("hybrid").asText(), node.get("guid").asText(), node.path("version").asLong(0),
                properties.isMissingNode() ? Json.MAPPER.createObjectNode() : properties,
                relations.isMissingNode() ? Json.MAPPER.createObjectNode() : relations);
    }
}
