package io.hybriddal.dal;

/**
 * One member of a registered hybrid, as {@link DataObject#get(String)} names it: a property, a
 * relation, a backref or a dynamic. Implementations are immutable and thread-safe.
 */
public sealed interface MemberInfo permits PropertyInfo, RelationInfo, BackrefInfo, DynamicInfo {

    /** The member's name: the JavaBean name of its getter ({@code volumeId}), never null. */
    String name();

    /** The documentation declared on the member ({@code doc} of its annotation); empty when none, never null. */
    String doc();
}
