package io.hybriddal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hybrid descriptions of every {@code META-INF/hybrid-dal/model.json} on a class path
 * (format 1, see codegen/MODEL-FORMAT.md; several documents appended in one resource are fine), by binary class name. A resource in another format
 * is skipped: the report then falls back to the engine's models for those hybrids.
 */
final class ModelJson {

    static final String RESOURCE = "META-INF/hybrid-dal/model.json";

    private final Map<String, JsonNode> byClass;
    private final Map<String, JsonNode> byName;

    private ModelJson(Map<String, JsonNode> byClass, Map<String, JsonNode> byName) {
        this.byClass = byClass;
        this.byName = byName;
    }

    static ModelJson load(ClassLoader loader, ObjectMapper mapper) {
        Map<String, JsonNode> byClass = new LinkedHashMap<>();
        Map<String, JsonNode> byName = new HashMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                // a merged (shaded) jar holds several documents appended in one resource: read them all
                try (InputStream in = url.openStream();
                     MappingIterator<JsonNode> roots = mapper.readerFor(JsonNode.class).readValues(in)) {
                    while (roots.hasNextValue()) {
                        add(roots.nextValue(), byClass, byName);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new ModelJson(byClass, byName);
    }

    private static void add(JsonNode root, Map<String, JsonNode> byClass, Map<String, JsonNode> byName) {
        if (root == null || root.path("format").asInt() != 1) {
            return;
        }
        for (Iterator<JsonNode> it = root.path("hybrids").elements(); it.hasNext(); ) {
            JsonNode h = it.next();
            byClass.putIfAbsent(h.path("class").asText(), h);
            byName.putIfAbsent(h.path("name").asText(), h);
        }
    }

    /** The entry of {@code className}, or null. */
    JsonNode hybrid(String className) {
        return byClass.get(className);
    }

    /**
     * The members named {@code section} ({@code properties}, {@code relations}, ...) of a hybrid
     * and of its base hybrids (an entry lists only its own members), by member name.
     */
    Map<String, JsonNode> members(JsonNode hybrid, String section) {
        Map<String, JsonNode> members = new HashMap<>();
        int guard = 0;
        for (JsonNode h = hybrid; h != null && !h.isMissingNode() && guard++ < 32; ) {
            for (JsonNode m : h.path(section)) {
                members.putIfAbsent(m.path("name").asText(), m);
            }
            JsonNode base = h.path("baseClass");
            h = base.isTextual() ? byClass.getOrDefault(base.asText(), byName.get(h.path("base").asText())) : null;
        }
        return members;
    }

    /** {@code field} of {@code node} as text; null when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A constraint entry as source-like text: {@code @Min(0)}, {@code @Pattern(regexp="...")}. */
    static String constraint(JsonNode c) {
        StringBuilder out = new StringBuilder("@").append(c.path("name").asText());
        JsonNode attributes = c.path("attributes");
        if (attributes.size() == 0) {
            return out.toString();
        }
        out.append('(');
        if (attributes.size() == 1 && attributes.has("value")) {
            out.append(attributes.get("value").toString());
        } else {
            StringBuilder parts = new StringBuilder();
            attributes.fields().forEachRemaining(e -> parts.append(parts.length() == 0 ? "" : ", ")
                    .append(e.getKey()).append('=').append(e.getValue().toString()));
            out.append(parts);
        }
        return out.append(')').toString();
    }
}
