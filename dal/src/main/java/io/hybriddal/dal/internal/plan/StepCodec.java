package io.hybriddal.dal.internal.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hybriddal.dal.Change;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.model.CorruptValueException;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.model.PropertyModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of steps in a plan log record: {@code [{"action","hybrid","guid","revision","changes":
 * {member: [before, after]}}]}, values written by the members' codecs (relations as guids), so a
 * resume or abort in another process reads back exactly the values the plan computed.
 */
final class StepCodec {

    private StepCodec() {
    }

    static byte[] encode(List<Step> steps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * steps.size());
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (Step s : steps) {
                g.writeStartObject();
                g.writeStringField("action", s.action().name());
                g.writeStringField("hybrid", s.hybrid());
                g.writeStringField("guid", s.guid());
                g.writeNumberField("revision", s.revision());
                g.writeObjectFieldStart("changes");
                for (Map.Entry<String, Change> c : s.changes().entrySet()) {
                    FieldModel f = s.model().field(c.getKey());
                    g.writeArrayFieldStart(c.getKey());
                    write(g, f, c.getValue().before());
                    write(g, f, c.getValue().after());
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, FieldModel f, Object value) throws IOException {
        if (f instanceof PropertyModel p) {
            p.codec().write(g, value);
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString((String) value);
        }
    }

    /** @throws CorruptDataException naming {@code key} when the record does not fit the model */
    static List<Step> decode(String key, byte[] json, ModelRegistry registry) {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            List<Step> steps = new ArrayList<>();
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                steps.add(step(p, registry));
            }
            return steps;
        } catch (IOException | CorruptValueException | RuntimeException e) {
            throw new CorruptDataException("plan log record " + key + " cannot be read with this model: " + e.getMessage(), key, e);
        }
    }

    private static Step step(JsonParser p, ModelRegistry registry) throws IOException, CorruptValueException {
        PlanAction action = null;
        HybridModel model = null;
        String guid = null;
        long revision = 0;
        Map<String, Change> changes = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "action" -> action = PlanAction.valueOf(p.getText());
                case "hybrid" -> model = registry.require(p.getText());
                case "guid" -> guid = p.getText();
                case "revision" -> revision = p.getLongValue();
                case "changes" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        FieldModel f = model.field(p.currentName());
                        if (f == null) {
                            throw new CorruptValueException(model.name() + " has no member '" + p.currentName() + "'");
                        }
                        expect(p.nextToken(), JsonToken.START_ARRAY);
                        p.nextToken();
                        Object before = read(p, f);
                        p.nextToken();
                        Object after = read(p, f);
                        expect(p.nextToken(), JsonToken.END_ARRAY);
                        changes.put(f.name(), new Change(before, after));
                    }
                }
                default -> throw new CorruptValueException("unknown field '" + name + "'");
            }
        }
        return new Step(action, model, guid, changes, revision);
    }

    private static Object read(JsonParser p, FieldModel f) throws IOException, CorruptValueException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return f instanceof PropertyModel prop ? prop.codec().read(p) : p.getText();
    }

    private static void expect(JsonToken token, JsonToken expected) throws CorruptValueException {
        if (token != expected) {
            throw new CorruptValueException("expected " + expected + ", found " + token);
        }
    }
}
