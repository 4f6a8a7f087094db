package io.hybriddal.dal;

import java.util.Objects;

/**
 * A backref a {@link Traversal} did not walk because it listed more children than
 * {@link Traversal#maxFanOut(int)}: the children are neither loaded nor in the graph, only counted.
 * Immutable; the strings are never null.
 *
 * @param hybrid      the hybrid of the node whose backref it is (the parent)
 * @param guid        that node's guid
 * @param backref     the backref's name
 * @param childHybrid the hybrid of the children (the relation's owner)
 * @param relation    the children's relation pointing at the node
 * @param children    how many children the backref listed
 */
public record CollapsedBackref(String hybrid, String guid, String backref, String childHybrid, String relation, int children) {

    /** @throws NullPointerException if a string is null */
    public CollapsedBackref {
        Objects.requireNonNull(hybrid, "hybrid");
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(backref, "backref");
        Objects.requireNonNull(childHybrid, "childHybrid");
        Objects.requireNonNull(relation, "relation");
    }
}
