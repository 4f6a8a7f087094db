package io.hybriddal.dal.internal.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.InvalidDesignException;
import io.hybriddal.dal.MemberInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import io.hybriddal.dal.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a design file (YAML or JSON) through the public model API: a map from hybrid name to a
 * list of objects, member name to value; a relation names its target by natural key (a design
 * object's or a stored object's) or as {@code {guid: ...}}; {@code owning: [hybrid, ...]} at the
 * top lists owned hybrids. Every problem is collected with file and line before anything is
 * returned, so a bad file plans nothing.
 */
public final class DesignFile {

    private static final JsonFactory YAML = YAMLFactory.builder().build();

    /** What a file holds: unsaved objects, in file order, and the owned hybrids. */
    public record Contents(List<DataObject> objects, List<String> owning) {
    }

    /** One object of the file before its relations are resolved. */
    record Entry(HybridInfo hybrid, int line, Map<String, JsonNode> members, Map<String, Integer> lines) {
    }

    private DesignFile() {
    }

    /** @throws InvalidDesignException naming file, line, hybrid and member of every problem */
    public static Contents read(Dal dal, Path path) {
        String file = path.toString();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        JsonFactory factory = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : Json.FACTORY;
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<String> owning = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path); JsonParser p = factory.createParser(in)) {
            p.setCodec(Json.MAPPER);
            parse(p, dal, file, entries, owning, problems);
        } catch (JsonProcessingException e) {
            problems.add(file + ":" + e.getLocation().getLineNr() + ": not valid " + (factory == YAML ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read design file " + file + ": " + e.getMessage(), e);
        }
        List<DataObject> objects = new DesignObjects(dal, file, problems).build(entries);
        if (!problems.isEmpty()) {
            throw new InvalidDesignException("design file " + file + " has " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "; nothing was planned", problems);
        }
        return new Contents(objects, owning);
    }

    private static void parse(JsonParser p, Dal dal, String file, List<Entry> entries, List<String> owning, List<String> problems)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.add(file + ":" + line(p) + ": a design is a map from hybrid name to a list of objects");
            return;
        }
        List<String> known = dal.model().hybrids().stream().map(HybridInfo::name).toList();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String hybrid = p.currentName();
            int at = line(p);
            JsonToken t = p.nextToken();
            if (hybrid.equals("owning")) {
                for (JsonNode n : (JsonNode) p.readValueAsTree()) {
                    if (!known.contains(n.asText())) {
                        problems.add(file + ":" + at + ": owning: unknown hybrid '" + n.asText() + "'; known: " + known);
                    }
                    owning.add(n.asText());
                }
                continue;
            }
            if (!known.contains(hybrid)) {
                problems.add(file + ":" + at + ": unknown hybrid '" + hybrid + "'; known: " + known);
                p.skipChildren();
                continue;
            }
            if (t != JsonToken.START_ARRAY) {
                problems.add(file + ":" + at + ": hybrid '" + hybrid + "': expected a list of objects");
                p.skipChildren();
                continue;
            }
            HybridInfo info = dal.model().hybrid(hybrid);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                entries.add(entry(p, info, file, problems));
            }
        }
    }

    private static Entry entry(JsonParser p, HybridInfo info, String file, List<String> problems) throws IOException {
        int at = line(p);
        Map<String, JsonNode> members = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            int memberLine = line(p);
            p.nextToken();
            JsonNode value = p.readValueAsTree();
            MemberInfo m = info.member(member).orElse(null);
            if (!member.equals("guid") && !(m instanceof PropertyInfo) && !(m instanceof RelationInfo)) {
                problems.add(file + ":" + memberLine + ": hybrid '" + info.name() + "' member '" + member + "': "
                        + (m == null ? "no such member" : "not a property or relation") + "; its properties and relations: "
                        + settable(info));
                continue;
            }
            members.put(member, value);
            lines.put(member, memberLine);
        }
        return new Entry(info, at, members, lines);
    }

    private static List<String> settable(HybridInfo info) {
        List<String> names = new ArrayList<>();
        info.properties().forEach(p -> names.add(p.name()));
        info.relations().forEach(r -> names.add(r.name()));
        return names;
    }

    static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
