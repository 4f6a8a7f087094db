package io.hybriddal.codegen;

import io.hybriddal.codegen.HybridModel.BackrefModel;
import io.hybriddal.codegen.HybridModel.RelationModel;
import io.hybriddal.dal.internal.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks that need every hybrid of the compilation: distinct hybrid names, distinct backref names
 * per target, and a matching relation for every {@code @Backref}. Returns the backref links
 * found, for the model description.
 */
final class CrossRules {

    /** The relation a backref lists: declared by hybrid {@code source}. */
    record Link(HybridModel source, RelationModel relation) {
    }

    private final Types types;
    private final ModelReader reader;
    private final Reporter reporter;

    CrossRules(Types types, ModelReader reader, Reporter reporter) {
        this.types = types;
        this.reader = reader;
        this.reporter = reporter;
    }

    /** Checks {@code models} (the compilation's hybrids, in order); returns the backref links by getter. */
    Map<ExecutableElement, Link> check(List<HybridModel> models) {
        checkNames(models);
        checkBackrefNames(models);
        Map<ExecutableElement, Link> links = new LinkedHashMap<>();
        for (HybridModel target : models) {
            for (BackrefModel b : target.backrefs()) {
                if (reporter.failed(b.getter())) {
                    continue;
                }
                resolve(target, b, models).ifPresent(link -> links.put(b.getter(), link));
            }
        }
        return links;
    }

    private void checkNames(List<HybridModel> models) {
        Map<String, HybridModel> byName = new HashMap<>();
        for (HybridModel m : models) {
            HybridModel first = byName.putIfAbsent(m.name(), m);
            if (first != null) {
                reporter.error(m.type(), Rule.HYBRID_NAME_UNIQUE.message(m.name(), first.type().getQualifiedName()));
            }
        }
    }

    private void checkBackrefNames(List<HybridModel> models) {
        Map<String, String> seen = new HashMap<>();
        for (HybridModel m : models) {
            for (RelationModel r : m.relations()) {
                if (r.target().getKind() != TypeKind.DECLARED || r.backref().isBlank() || reporter.failed(r.getter())) {
                    continue;
                }
                String key = types.erasure(r.target()) + "#" + r.backref();
                String here = m.type().getQualifiedName() + "." + r.name();
                String first = seen.putIfAbsent(key, here);
                if (first != null) {
                    reporter.error(m.type(), r.getter(), Rule.BACKREF_UNIQUE.message(r.backref(), TypeRenderer.written(r.target()), first));
                }
            }
        }
    }

    private Optional<Link> resolve(HybridModel target, BackrefModel b, List<HybridModel> models) {
        Optional<Link> local = find(target.type(), b.name(), models);
        if (local.isPresent()) {
            checkReturnType(target, b, local.get());
            return local;
        }
        TypeElement child = childType(b.type());
        boolean outside = child != null && Annotations.has(child, Names.HYBRID)
                && models.stream().noneMatch(m -> m.type().equals(child));
        if (outside) {
            Optional<Link> external = find(target.type(), b.name(), hierarchy(child));
            if (external.isPresent()) {
                checkReturnType(target, b, external.get());
                return external;
            }
            reporter.warning(target.type(), b.getter(), "no @Relation(backref = \"" + b.name() + "\") pointing at "
                    + target.type().getSimpleName() + " was found on " + child.getSimpleName() + ", which is not in this "
                    + "compilation; registration will fail unless a registered hybrid declares it");
            return Optional.empty();
        }
        if (b.type().getKind() != TypeKind.ERROR) {
            reporter.error(target.type(), b.getter(), Rule.BACKREF_RELATION.message(b.name(),
                    TypeRenderer.nestedSimpleName(target.type())));
        }
        return Optional.empty();
    }

    /** A relation with backref {@code name} whose target is {@code target} or one of its superclasses. */
    private Optional<Link> find(TypeElement target, String name, List<HybridModel> candidates) {
        for (HybridModel m : candidates) {
            for (RelationModel r : m.relations()) {
                if (r.backref().equals(name) && r.target().getKind() == TypeKind.DECLARED
                        && types.isSubtype(types.erasure(target.asType()), types.erasure(r.target()))) {
                    return Optional.of(new Link(m, r));
                }
            }
        }
        return Optional.empty();
    }

    private void checkReturnType(HybridModel target, BackrefModel b, Link link) {
        TypeMirror source = types.erasure(link.source().type().asType());
        TypeMirror returned = b.type();
        boolean list = returned.getKind() == TypeKind.DECLARED && isDataList(returned)
                && ((DeclaredType) returned).getTypeArguments().size() == 1
                && types.isSameType(((DeclaredType) returned).getTypeArguments().get(0), source);
        boolean single = link.relation().oneToOne() && types.isSameType(returned, source);
        if (!list && !single) {
            String simple = TypeRenderer.nestedSimpleName(link.source().type());
            String expected = "DataList<" + simple + ">" + (link.relation().oneToOne() ? " or " + simple : "");
            reporter.error(target.type(), b.getter(), Rule.BACKREF_TYPE.message(b.name(), simple,
                    simple + "." + link.relation().name(), expected, TypeRenderer.written(returned)));
        }
    }

    private static boolean isDataList(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(Names.DATA_LIST);
    }

    /** The child hybrid a backref's return type names: X in {@code DataList<X>}, or X itself. */
    private static TypeElement childType(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        if (isDataList(declared) && declared.getTypeArguments().size() == 1) {
            TypeMirror arg = declared.getTypeArguments().get(0);
            return arg.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) arg).asElement() : null;
        }
        return (TypeElement) declared.asElement();
    }

    /** {@code type} and its base hybrids, read from their class files. */
    private List<HybridModel> hierarchy(TypeElement type) {
        List<HybridModel> result = new ArrayList<>();
        for (TypeElement t = type; t != null; t = ModelReader.baseHybrid(t)) {
            result.add(reader.read(t));
        }
        return result;
    }
}
