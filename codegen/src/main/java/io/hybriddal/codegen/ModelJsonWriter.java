package io.hybriddal.codegen;

import io.hybriddal.codegen.CrossRules.Link;
import io.hybriddal.codegen.HybridModel.BackrefModel;
import io.hybriddal.codegen.HybridModel.ConstraintModel;
import io.hybriddal.codegen.HybridModel.DynamicModel;
import io.hybriddal.codegen.HybridModel.PropertyModel;
import io.hybriddal.codegen.HybridModel.RelationModel;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/hybrid-dal/model.json}, the model description reports read. The format
 * is documented in {@code codegen/MODEL-FORMAT.md}; bump {@link #FORMAT} on incompatible changes.
 */
final class ModelJsonWriter {

    static final int FORMAT = 1;

    private final Filer filer;
    private final Elements elements;
    private final ModelReader reader;

    ModelJsonWriter(Filer filer, Elements elements, ModelReader reader) {
        this.filer = filer;
        this.elements = elements;
        this.reader = reader;
    }

    void write(List<HybridModel> models, Map<ExecutableElement, Link> links) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", Names.MODEL_RESOURCE,
                models.stream().map(HybridModel::type).toArray(TypeElement[]::new));
        try (Writer out = file.openWriter()) {
            out.write(render(models, links));
        }
    }

    String render(List<HybridModel> models, Map<ExecutableElement, Link> links) {
        JsonWriter json = new JsonWriter().beginObject().field("format", FORMAT).name("hybrids").beginArray();
        for (HybridModel m : models) {
            json.beginObject()
                    .field("name", m.name())
                    .field("class", binaryName(m.type()))
                    .field("doc", m.doc())
                    .field("base", m.base() == null ? null : reader.nameOf(m.base()))
                    .field("baseClass", m.base() == null ? null : binaryName(m.base()));
            json.name("properties").beginArray();
            m.properties().forEach(p -> json.value(property(p)));
            json.endArray().name("relations").beginArray();
            m.relations().forEach(r -> json.value(relation(r)));
            json.endArray().name("backrefs").beginArray();
            m.backrefs().forEach(b -> json.value(backref(b, links.get(b.getter()))));
            json.endArray().name("dynamics").beginArray();
            m.dynamics().forEach(d -> json.value(dynamic(d)));
            json.endArray().endObject();
        }
        return json.endArray().endObject().toString();
    }

    private Map<String, Object> property(PropertyModel p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", p.name());
        o.put("type", TypeRenderer.written(p.type()));
        o.put("javaType", TypeRenderer.qualified(p.type()));
        o.put("mandatory", p.mandatory());
        o.put("default", p.defaultValue());
        o.put("unique", p.unique());
        o.put("indexed", p.indexed());
        o.put("doc", p.doc());
        o.put("constraints", p.constraints().stream().map(ModelJsonWriter::constraint).toList());
        return o;
    }

    private static Map<String, Object> constraint(ConstraintModel c) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        c.attributes().forEach((k, v) -> attributes.put(k, jsonable(v)));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", c.name());
        o.put("attributes", attributes);
        return o;
    }

    /** Nested constraints (in lists too) become objects; everything else is written as it is. */
    private static Object jsonable(Object value) {
        if (value instanceof ConstraintModel nested) {
            return constraint(nested);
        }
        return value instanceof List<?> list ? list.stream().map(ModelJsonWriter::jsonable).toList() : value;
    }

    private Map<String, Object> relation(RelationModel r) {
        TypeElement target = element(r.target());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", r.name());
        o.put("target", target == null ? null : reader.nameOf(target));
        o.put("targetClass", target == null ? null : binaryName(target));
        o.put("backref", r.backref());
        o.put("mandatory", r.mandatory());
        o.put("oneToOne", r.oneToOne());
        o.put("doc", r.doc());
        return o;
    }

    private Map<String, Object> backref(BackrefModel b, Link link) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", b.name());
        o.put("getter", b.getter().getSimpleName().toString());
        o.put("type", TypeRenderer.written(b.type()));
        o.put("source", link == null ? null : link.source().name());
        o.put("sourceClass", link == null ? null : binaryName(link.source().type()));
        o.put("relation", link == null ? null : link.relation().name());
        o.put("oneToOne", link != null && link.relation().oneToOne());
        o.put("doc", b.doc());
        return o;
    }

    private static Map<String, Object> dynamic(DynamicModel d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", d.name());
        o.put("type", TypeRenderer.written(d.type()));
        o.put("javaType", TypeRenderer.qualified(d.type()));
        o.put("ttl", d.ttl());
        o.put("locked", d.locked());
        o.put("doc", d.doc());
        return o;
    }

    private static TypeElement element(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
    }

    private String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }
}
