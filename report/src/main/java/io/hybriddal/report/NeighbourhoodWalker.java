package io.hybriddal.report;

import io.hybriddal.dal.BackrefInfo;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.RelationInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks breadth first from one object with {@link Dal#traverse}: at each object, every name in
 * the follow list that is a relation of its hybrid leads to the target, and every name that is a
 * backref of its hybrid leads to the children; other names are ignored (names no hybrid has,
 * too). Edges are always drawn child → parent (the relation's direction), labelled with the
 * relation name, whichever way they were found.
 *
 * <p>Only what is drawn is loaded, the objects newly found at one depth together (one multi-get per
 * hybrid and page), stopping at the node limit. A link to an object that no longer exists is
 * skipped (the consistency check reports it).
 *
 * <p>A backref listing more than {@link #GROUP_ABOVE} children is drawn as one group node
 * ("412 vdisks", linking to the hybrid's section) rather than as a column of boxes nobody can
 * read: its children are neither loaded nor walked further, and they do not count against the
 * node limit.
 */
final class NeighbourhoodWalker {

    /** The most children of one backref drawn one by one; more become one group node. */
    static final int GROUP_ABOVE = 30;

    private NeighbourhoodWalker() {
    }

    /**
     * @throws io.hybriddal.dal.InvalidHybridException  naming the known hybrids when {@code hybrid} is unknown
     * @throws io.hybriddal.dal.ObjectNotFoundException when there is no such object
     */
    static Neighbourhood walk(Dal dal, String hybrid, String guid, List<String> follow, int depth, int maxNodes) {
        return walk(dal, hybrid, guid, follow, depth, maxNodes, GROUP_ABOVE);
    }

    /** {@link #walk(Dal, String, String, List, int, int)} grouping the children of a backref when there are more than {@code groupAbove}. */
    static Neighbourhood walk(Dal dal, String hybrid, String guid, List<String> follow, int depth, int maxNodes, int groupAbove) {
        HybridInfo rootHybrid = dal.model().hybrid(hybrid);
        DataObject root = dal.get(rootHybrid.name(), guid, Consistency.STRONG);
        Set<String> names = new LinkedHashSet<>(follow);
        io.hybriddal.dal.Graph found = dal.traverse(root).follow(known(dal, names)).depth(depth).maxNodes(maxNodes)
                .maxFanOut(groupAbove).run();
        return new Neighbourhood(hybrid + ":" + guid, List.copyOf(names), depth, found.truncated(),
                TraversalDrawing.draw(dal.model(), found, true));
    }

    /** The names some hybrid has as a relation or backref. */
    private static String[] known(Dal dal, Set<String> names) {
        Set<String> members = new LinkedHashSet<>();
        for (HybridInfo h : dal.model().hybrids()) {
            h.relations().stream().map(RelationInfo::name).forEach(members::add);
            h.backrefs().stream().map(BackrefInfo::name).forEach(members::add);
        }
        return names.stream().filter(members::contains).toArray(String[]::new);
    }
}
