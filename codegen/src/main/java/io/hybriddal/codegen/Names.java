package io.hybriddal.codegen;

import io.hybriddal.dal.HybridIndex;
import io.hybriddal.dal.internal.rules.BeanNames;
import io.hybriddal.dal.Property;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/**
 * Names the processor depends on. Annotation types are named by string and read through mirrors,
 * so the processor never loads them; member naming is {@link BeanNames}', shared with the runtime.
 */
final class Names {

    static final String HYBRID = "io.hybriddal.dal.Hybrid";
    static final String PROPERTY = "io.hybriddal.dal.Property";
    static final String RELATION = "io.hybriddal.dal.Relation";
    static final String BACKREF = "io.hybriddal.dal.Backref";
    static final String DYNAMIC = "io.hybriddal.dal.Dynamic";
    static final String DATA_OBJECT = "io.hybriddal.dal.DataObject";
    static final String DATA_LIST = "io.hybriddal.dal.DataList";
    static final String PROPERTY_PATH = "io.hybriddal.dal.PropertyPath";
    static final String RELATION_PATH = "io.hybriddal.dal.RelationPath";

    /** Meta-annotations marking Bean Validation constraints (Jakarta first; javax for older models). */
    static final String[] CONSTRAINT_MARKERS = {"jakarta.validation.Constraint", "javax.validation.Constraint"};

    /** The value of {@code Property.defaultValue()} that means "no default" (inlined constant). */
    static final String NO_DEFAULT = Property.NO_DEFAULT;

    /** Where the hybrid index goes (inlined constant). */
    static final String INDEX_RESOURCE = HybridIndex.RESOURCE;

    static final String MODEL_RESOURCE = "META-INF/hybrid-dal/model.json";

    private Names() {
    }

    /** The default hybrid name: the simple class name in lower case. */
    static String defaultHybridName(String simpleName) {
        return BeanNames.defaultHybridName(simpleName);
    }

    /** The member name of a property, relation or backref getter ({@link BeanNames}, shared with the runtime), or empty. */
    static Optional<String> getterProperty(ExecutableElement method) {
        return BeanNames.getter(method.getSimpleName().toString(), method.getReturnType().getKind() == TypeKind.BOOLEAN);
    }

    /** The name a dynamic is known by ({@link BeanNames#dynamic}). */
    static String dynamicName(ExecutableElement method) {
        return BeanNames.dynamic(method.getSimpleName().toString(), method.getReturnType().getKind() == TypeKind.BOOLEAN);
    }

    /** A short, readable signature for messages: {@code getSize()}, {@code setSize(long)}. */
    static String signature(ExecutableElement method) {
        StringBuilder sb = new StringBuilder(method.getSimpleName()).append('(');
        for (int i = 0; i < method.getParameters().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(TypeRenderer.written(method.getParameters().get(i).asType()));
        }
        return sb.append(')').toString();
    }
}
