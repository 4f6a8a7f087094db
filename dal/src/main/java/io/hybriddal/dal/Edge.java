package io.hybriddal.dal;

import java.util.Objects;

/**
 * One stored link between two nodes of a {@link Graph}: the object {@code from} (of hybrid
 * {@code fromHybrid}) points at {@code to} through its relation {@code member}.
 *
 * <p>Edges always read as stored, child → parent, whichever way the traversal walked them: a link
 * reached through a backref (from the parent to its children) is the child's relation, named by the
 * relation (not the backref), and a link reached both ways is one edge. Immutable; components are
 * never null.
 *
 * @param fromHybrid the hybrid of the object holding the relation
 * @param from       the guid of the object holding the relation
 * @param member     the relation's name
 * @param toHybrid   the hybrid of the relation's target
 * @param to         the guid of the relation's target
 */
public record Edge(String fromHybrid, String from, String member, String toHybrid, String to) {

    /** @throws NullPointerException if a component is null */
    public Edge {
        Objects.requireNonNull(fromHybrid, "fromHybrid");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(toHybrid, "toHybrid");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return fromHybrid + ":" + from + " -" + member + "-> " + toHybrid + ":" + to;
    }
}
