package io.hybriddal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.RelationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

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

    static String encode(HybridInfo m, DataObject o) {
        ObjectNode line = CliJson.MAPPER.createObjectNode();
        line.put("hybrid", m.name());
        line.put("guid", o.getGuid());
        line.put("version", o.version());
        ObjectNode properties = line.putObject("properties");
        for (Map.Entry<String, Object> e : o.export().entrySet()) {
            properties.set(e.getKey(), CliJson.canonical(e.getValue()));
        }
        ObjectNode relations = line.putObject("relations");
        for (RelationInfo r : m.relations()) {
            relations.put(r.name(), o.relationGuid(r.name()));
        }
        try {
            return CliJson.MAPPER.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + m.name() + " " + o.getGuid(), e);
        }
    }

    /**
     * Parses line {@code number}.
     *
     * @throws IllegalArgumentException naming the line when it is not such an object
     */
    static Line decode(int number, String text) {
        JsonNode node;
        try {
            node = CliJson.MAPPER.readTree(text);
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
                properties.isMissingNode() ? CliJson.MAPPER.createObjectNode() : properties,
                relations.isMissingNode() ? CliJson.MAPPER.createObjectNode() : relations);
    }
}
