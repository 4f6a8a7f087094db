package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.model.ValueType;
import java.util.List;
import java.util.TreeSet;

/**
 * A query path resolved against the model, once per hybrid and path: the relations it crosses
 * ({@code hops}, each read from the object reached so far) and what it reads at the end.
 *
 * @param text        the path as the user wrote it
 * @param root        the queried hybrid
 * @param hops        relations crossed before the terminal, in order
 * @param terminal    what the path reads on the last object reached
 * @param leaf        the hybrid of the object the terminal is read from
 * @param field       the property or relation read (PROPERTY, RELATION), else null
 * @param dynamic     the dynamic read (DYNAMIC), else null
 * @param generations the generation keys whose revisions cover every value this path reads
 * @param keyGenerations {@code generations} with the root's membership key, sorted: what a query
 *                    filtering on this path alone depends on ({@link QueryKey}), made once here
 *                    rather than per query
 */
record ResolvedPath(String text, HybridModel root, List<RelationModel> hops, Terminal terminal, HybridModel leaf,
                    FieldModel field, DynamicModel dynamic, List<String> generations, List<String> keyGenerations) {

    ResolvedPath(String text, HybridModel root, List<RelationModel> hops, Terminal terminal, HybridModel leaf,
                 FieldModel field, DynamicModel dynamic, List<String> generations) {
        this(text, root, hops, terminal, leaf, field, dynamic, generations, withMembership(root, generations));
    }

    private static List<String> withMembership(HybridModel root, List<String> generations) {
        TreeSet<String> sorted = new TreeSet<>(generations);
        sorted.add(Keys.membershipGeneration(root));
        return List.copyOf(sorted);
    }

    /** What a path reads at its end. */
    enum Terminal { PROPERTY, RELATION, GUID, DYNAMIC }

    /** The declared type of the value read, or null for guids and relations (guid strings). */
    ValueType valueType() {
        return switch (terminal) {
            case PROPERTY -> ((PropertyModel) field).valueType();
            case DYNAMIC -> dynamic.codec().type();
            default -> null;
        };
    }

    /** The relation read by a RELATION terminal. */
    RelationModel relation() {
        return (RelationModel) field;
    }

    boolean readsDynamic() {
        return terminal == Terminal.DYNAMIC;
    }

    @Override
    public String toString() {
        return text;
    }
}
