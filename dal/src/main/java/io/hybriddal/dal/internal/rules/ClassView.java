package io.hybriddal.dal.internal.rules;

import java.util.List;

/** A class annotated {@code @Hybrid}, as the rules see it. */
public interface ClassView {

    /** The canonical name, {@code t.Outer.Inner}: messages name the hybrid by it. */
    String qualifiedName();

    /** A class (not an interface, enum, record or annotation). */
    boolean isClass();

    boolean extendsDataObject();

    boolean isFinal();

    /** A member class that is not static. */
    boolean isInner();

    /** {@code @Hybrid(name)}, or the simple name in lower case. */
    String hybridName();

    /** The methods of the hybrid and its base classes up to {@code DataObject}, base classes' first, each in declaration order. */
    List<MethodView> methods();
}
