package io.hybriddal.codegen;

import io.hybriddal.codegen.HybridModel.DynamicModel;
import io.hybriddal.codegen.HybridModel.PropertyModel;
import io.hybriddal.codegen.HybridModel.RelationModel;
import io.hybriddal.codegen.TypeRules.Shape;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks what each member declares: property types, unique/indexed flags and defaults; relation
 * targets; dynamics. Placement of the annotations is {@link AccessorRules}' job.
 */
final class MemberRules {

    private final Types types;
    private final TypeElement dataObject;
    private final Reporter reporter;

    MemberRules(Elements elements, Types types, Reporter reporter) {
        this.types = types;
        this.dataObject = elements.getTypeElement(Names.DATA_OBJECT);
        this.reporter = reporter;
    }

    void check(HybridModel model) {
        model.properties().stream().filter(p -> !reporter.failed(p.getter())).forEach(p -> checkProperty(model.type(), p));
        model.relations().stream().filter(r -> !reporter.failed(r.getter())).forEach(r -> checkRelation(model.type(), r));
        model.backrefs().stream().filter(b -> !reporter.failed(b.getter()) && b.name().isBlank()).forEach(b -> reporter.error(model.type(), b.getter(),
                "@Backref needs the backref name given by the relation, e.g. @Backref(\"vdisks\")"));
        Set<String> memberNames = new HashSet<>();
        model.properties().forEach(p -> memberNames.add(p.name()));
        model.relations().forEach(r -> memberNames.add(r.name()));
        model.dynamics().stream().filter(d -> !reporter.failed(d.method()))
                .forEach(d -> checkDynamic(model.type(), d, memberNames));
    }

    private void checkProperty(TypeElement hybrid, PropertyModel p) {
        if (p.type().getKind() == TypeKind.ERROR) {
            return; // javac reports the unknown type itself
        }
        Optional<TypeMirror> bad = TypeRules.disallowedPart(p.type());
        if (bad.isPresent()) {
            String part = bad.get().equals(p.type()) ? "" : ", because of " + TypeRenderer.written(bad.get()) + ",";
            reporter.error(hybrid, p.getter(), "property type " + TypeRenderer.written(p.type()) + part
                    + " cannot be stored; use " + TypeRules.ALLOWED);
            return;
        }
        Shape shape = TypeRules.shape(p.type()).orElseThrow();
        if ((p.unique() || p.indexed()) && !shape.isScalar()) {
            reporter.error(hybrid, p.getter(), (p.unique() ? "unique" : "indexed") + " needs a scalar property (String, "
                    + "number, boolean or enum), not " + TypeRenderer.written(p.type()) + "; remove the flag");
        }
        if (p.defaultValue() != null) {
            DefaultValues.problem(p.defaultValue(), p.type(), shape).ifPresent(why -> reporter.error(hybrid, p.getter(),
                    "defaultValue \"" + p.defaultValue() + "\" is not a " + TypeRenderer.written(p.type()) + ": " + why));
        }
    }

    private void checkRelation(TypeElement hybrid, RelationModel r) {
        TypeMirror target = r.target();
        if (target.getKind() == TypeKind.ERROR) {
            return;
        }
        if (!isHybrid(target)) {
            reporter.error(hybrid, r.getter(), "@Relation returns " + TypeRenderer.written(target)
                    + ", which is not a @Hybrid class extending DataObject; return a hybrid, or use @Property for a value");
        }
        if (r.backref().isBlank()) {
            reporter.error(hybrid, r.getter(), "@Relation needs a backref name for the reverse list on the target, "
                    + "e.g. @Relation(backref = \"vdisks\")");
        }
    }

    private boolean isHybrid(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED || dataObject == null) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return Annotations.has(element, Names.HYBRID)
                && types.isSubtype(types.erasure(type), types.erasure(dataObject.asType()));
    }

    private void checkDynamic(TypeElement hybrid, DynamicModel d, Set<String> memberNames) {
        if (d.method().getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.error(hybrid, d.method(), "@Dynamic is on an abstract method; a dynamic is computed by your code: "
                    + "give it a body (or use @Property for a stored value)");
        } else if (d.method().getModifiers().contains(Modifier.STATIC)) {
            reporter.error(hybrid, d.method(), "@Dynamic is on a static method; dynamics are cached per object: make it an instance method");
        }
        if (d.type().getKind() == TypeKind.VOID) {
            reporter.error(hybrid, d.method(), "@Dynamic method returns void; return the computed value");
        }
        if (!d.method().getParameters().isEmpty()) {
            reporter.error(hybrid, d.method(), "@Dynamic method takes parameters; a dynamic is a getter: remove them");
        }
        if (d.ttl() < 0) {
            reporter.error(hybrid, d.method(), "@Dynamic ttl is " + d.ttl() + "; give the seconds to cache (0 = never cached)");
        }
        if (!memberNames.add(d.name())) {
            reporter.error(hybrid, d.method(), "dynamic name [" + d.name() + "] is already used by another member; rename it");
        }
    }
}
