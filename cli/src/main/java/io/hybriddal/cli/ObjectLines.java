package io.hybriddal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import io.hybriddal.dal.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The export format: one JSON object per line,
 * {@code {"hybrid":"vdisk","guid":"...","version":3,"properties":{...},"relations":{"vpool":"<guid>"|null},"unknown":{...}}}:
 * exactly the fields of the stored document. Properties and relations in declaration order, each
 * only when the document holds it (a field the document lacks is left out, never filled with its
 * default); values as stored (ISO-8601 instants, enums by name), set elements sorted. Stored fields
 * the model does not declare (written by another version of the model) go to {@code "unknown"}, in
 * stored order, as stored; that member is left out when there are none.
 */
final class ObjectLines {

    /** A parsed line. */
    record Line(int number, String hybrid, String guid, long version, JsonNode properties, JsonNode relations, JsonNode unknown) {
    }

    private ObjectLines() {
    }

    /** The line of a stored document of the hybrid {@code m}. */
    static String encode(HybridInfo m, StoredDocument doc) {
        ObjectNode line = CliJson.MAPPER.createObjectNode();
        line.put("hybrid", m.name());
        line.put("guid", doc.guid());
        line.put("version", doc.version());
        Map<String, String> stored = doc.fields();
        Set<String> declared = new HashSet<>();
        ObjectNode properties = line.putObject("properties");
        for (PropertyInfo p : m.properties()) {
            declared.add(p.name());
            if (stored.containsKey(p.name())) {
                JsonNode value = parse(doc, p.name());
                properties.set(p.name(), Set.class.isAssignableFrom(p.javaType()) ? CliJson.sorted(value) : value);
            }
        }
        ObjectNode relations = line.putObject("relations");
        for (RelationInfo r : m.relations()) {
            declared.add(r.name());
            if (stored.containsKey(r.name())) {
                relations.set(r.name(), parse(doc, r.name()));
            }
        }
        ObjectNode unknown = CliJson.MAPPER.createObjectNode();
        for (String field : stored.keySet()) {
            if (!declared.contains(field)) {
                unknown.set(field, parse(doc, field));
            }
        }
        if (!unknown.isEmpty()) {
            line.set("unknown", unknown);
        }
        try {
            return CliJson.MAPPER.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + m.name() + " " + doc.guid(), e);
        }
    }

    private static JsonNode parse(StoredDocument doc, String field) {
        try {
            return CliJson.MAPPER.readTree(doc.fields().get(field));
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + doc.hybrid() + " " + doc.guid() + ": field '" + field + "' is not JSON", e);
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
        JsonNode unknown = node.path("unknown");
        if (!properties.isMissingNode() && !properties.isObject() || !relations.isMissingNode() && !relations.isObject()
                || !unknown.isMissingNode() && !unknown.isObject()) {
            throw new IllegalArgumentException("line " + number + ": \"properties\", \"relations\" and \"unknown\" must be JSON objects");
        }
        return new Line(number, node.get("hybrid").asText(), node.get("guid").asText(), node.path("version").asLong(0),
                orEmpty(properties), orEmpty(relations), orEmpty(unknown));
    }

    private static JsonNode orEmpty(JsonNode member) {
        return member.isMissingNode() ? CliJson.MAPPER.createObjectNode() : member;
    }
}
