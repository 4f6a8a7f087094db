package io.hybriddal.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.BackrefInfo;
import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DynamicInfo;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Describes the registered hybrids for the report. The Dal's public model ({@link DalModel})
 * says what exists (every registered hybrid, its fields, backrefs and dynamics); model.json adds
 * what only the source knows (types as written, default texts, constraints, docs). A member
 * model.json does not list falls back to the Dal's model: its type from the declared generic
 * type, its constraints by reflection on its getter.
 */
final class ModelCatalog {

    private ModelCatalog() {
    }

    static List<ModelDoc> describe(DalModel model, ModelJson json) {
        List<ModelDoc> docs = new ArrayList<>();
        for (HybridInfo h : model.hybrids()) {
            docs.add(describe(h, json.hybrid(h.type().getName()), json));
        }
        return docs;
    }

    private static ModelDoc describe(HybridInfo h, JsonNode entry, ModelJson json) {
        Map<String, JsonNode> props = entry == null ? Map.of() : json.members(entry, "properties");
        Map<String, JsonNode> rels = entry == null ? Map.of() : json.members(entry, "relations");
        Map<String, JsonNode> backs = entry == null ? Map.of() : json.members(entry, "backrefs");
        Map<String, JsonNode> dyns = entry == null ? Map.of() : json.members(entry, "dynamics");
        List<ModelDoc.PropertyDoc> properties = new ArrayList<>();
        for (PropertyInfo p : h.properties()) {
            JsonNode j = props.get(p.name());
            properties.add(new ModelDoc.PropertyDoc(p.name(),
                    j != null ? ModelJson.text(j, "type") : simpleType(p.genericType()),
                    p.mandatory(),
                    j != null ? ModelJson.text(j, "default") : p.defaultValue().map(String::valueOf).orElse(null),
                    p.unique(), p.indexed(),
                    j != null ? constraints(j) : constraints(Getters.find(h.type(), p.name())),
                    docOf(j, p.doc())));
        }
        List<ModelDoc.RelationDoc> relations = new ArrayList<>();
        for (RelationInfo r : h.relations()) {
            relations.add(new ModelDoc.RelationDoc(r.name(), r.target(), r.backref(), r.mandatory(), r.oneToOne(),
                    docOf(rels.get(r.name()), r.doc())));
        }
        List<ModelDoc.BackrefDoc> backrefs = new ArrayList<>();
        for (BackrefInfo b : h.backrefs()) {
            backrefs.add(new ModelDoc.BackrefDoc(b.name(), b.source(), b.relation(), b.oneToOne(), b.declared(),
                    docOf(backs.get(b.name()), b.doc())));
        }
        List<ModelDoc.DynamicDoc> dynamics = new ArrayList<>();
        for (DynamicInfo d : h.dynamics()) {
            JsonNode j = dyns.get(d.name());
            dynamics.add(new ModelDoc.DynamicDoc(d.name(),
                    j != null ? ModelJson.text(j, "type") : simpleType(d.genericType()),
                    ttlSeconds(d), d.locked(), docOf(j, d.doc())));
        }
        return new ModelDoc(h.name(), h.type().getName(), docOf(entry, h.doc()),
                entry == null ? null : ModelJson.text(entry, "base"), entry == null ? "engine" : "model.json",
                properties, relations, backrefs, dynamics);
    }

    /** The ttl in whole seconds, as the report has always shown it. */
    static int ttlSeconds(DynamicInfo d) {
        return (int) Math.min(Integer.MAX_VALUE, d.ttl().toSeconds());
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

    /** Bean Validation annotations of a getter (none when it was not found): those meta-annotated with {@code @Constraint}. */
    private static List<String> constraints(Method getter) {
        List<String> out = new ArrayList<>();
        if (getter == null) {
            return out;
        }
        for (Annotation a : getter.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                out.add("@" + a.annotationType().getSimpleName());
            }
        }
        return out;
    }

    /** {@code java.util.List<java.lang.String>} as {@code List<String>}. */
    static String simpleType(Type type) {
        return type.getTypeName().replaceAll("[a-zA-Z0-9_]+\\.", "").replace('$', '.');
    }
}
