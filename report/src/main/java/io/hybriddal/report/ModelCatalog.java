package io.hybriddal.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Describes the registered hybrids for the report. The engine's models say what exists (every
 * registered hybrid, its fields, backrefs and dynamics); model.json adds what only the source
 * knows (types as written, default texts, constraints, docs). A member model.json does not list
 * falls back to the engine: its type from the Java type, its constraints by reflection.
 */
final class ModelCatalog {

    private ModelCatalog() {
    }

    static List<ModelDoc> describe(Iterable<HybridModel> models, ModelJson json) {
        List<ModelDoc> docs = new ArrayList<>();
        for (HybridModel m : models) {
            docs.add(describe(m, json.hybrid(m.type().getName()), json));
        }
        return docs;
    }

    private static ModelDoc describe(HybridModel m, JsonNode entry, ModelJson json) {
        Map<String, JsonNode> props = entry == null ? Map.of() : json.members(entry, "properties");
        Map<String, JsonNode> rels = entry == null ? Map.of() : json.members(entry, "relations");
        Map<String, JsonNode> backs = entry == null ? Map.of() : json.members(entry, "backrefs");
        Map<String, JsonNode> dyns = entry == null ? Map.of() : json.members(entry, "dynamics");
        List<ModelDoc.PropertyDoc> properties = new ArrayList<>();
        for (PropertyModel p : m.properties()) {
            JsonNode j = props.get(p.name());
            properties.add(new ModelDoc.PropertyDoc(p.name(),
                    j != null ? ModelJson.text(j, "type") : simpleType(p.getter().getGenericReturnType()),
                    p.mandatory(),
                    j != null ? ModelJson.text(j, "default") : defaultText(p),
                    p.unique(), p.indexed(),
                    j != null ? constraints(j) : constraints(p.getter()),
                    docOf(j, p.doc())));
        }
        List<ModelDoc.RelationDoc> relations = new ArrayList<>();
        for (RelationModel r : m.relations()) {
            relations.add(new ModelDoc.RelationDoc(r.name(), r.target().name(), r.backref(), r.mandatory(), r.oneToOne(),
                    docOf(rels.get(r.name()), r.doc())));
        }
        List<ModelDoc.BackrefDoc> backrefs = new ArrayList<>();
        for (BackrefModel b : m.incomingBackrefs()) {
            boolean declared = b.index() >= 0;
            backrefs.add(new ModelDoc.BackrefDoc(b.name(), b.source().name(), b.relation().name(), b.oneToOne(), declared,
                    docOf(backs.get(b.name()), "")));
        }
        List<ModelDoc.DynamicDoc> dynamics = new ArrayList<>();
        for (DynamicModel d : m.dynamics()) {
            JsonNode j = dyns.get(d.name());
            dynamics.add(new ModelDoc.DynamicDoc(d.name(),
                    j != null ? ModelJson.text(j, "type") : simpleType(d.method().getGenericReturnType()),
                    d.ttlSeconds(), d.locked(), docOf(j, d.doc())));
        }
        return new ModelDoc(m.name(), m.type().getName(), docOf(entry, m.doc()),
                entry == null ? null : ModelJson.text(entry, "base"), entry == null ? "engine" : "model.json",
                properties, relations, backrefs, dynamics);
    }

    private static String docOf(JsonNode node, String fallback) {
        String doc = ModelJson.text(node, "doc");
        return doc != null && !doc.isEmpty() ? doc : fallback == null ? "" : fallback;
    }

    private static List<String> constraints(JsonNode property) {
        List<String> out = new ArrayList<>();
        property.path("constraints").forEach(c -> out.add(ModelJson.constraint(c)));
        return out;
    }

    /** Bean Validation annotations of a getter: those meta-annotated with {@code @Constraint}. */
    private static List<String> constraints(Method getter) {
        List<String> out = new ArrayList<>();
        for (Annotation a : getter.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
                out.add("@" + a.annotationType().getSimpleName());
            }
        }
        return out;
    }

    private static String defaultText(PropertyModel p) {
        Object value = p.defaultValue();
        return value == null ? null : String.valueOf(value);
    }

    /** {@code java.util.List<java.lang.String>} as {@code List<String>}. */
    static String simpleType(Type type) {
        return type.getTypeName().replaceAll("[a-zA-Z0-9_]+\\.", "").replace('$', '.');
    }
}
