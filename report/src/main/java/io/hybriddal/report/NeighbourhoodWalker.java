package io.hybriddal.report;

import io.hybriddal.dal.BackrefInfo;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.core.options.Direction;

/**
 * Walks breadth first from one object. At each object, every name in the follow list that is a
 * relation of its hybrid leads to the target, and every name that is a backref of its hybrid
 * leads to the children; other names are ignored there. Edges are always drawn child → parent
 * (the relation's direction), labelled with the relation name, whichever way they were found.
 *
 * <p>Only what is drawn is loaded: relation targets are known by guid ({@link DataObject#relationGuid}),
 * a backref's children by {@link DataList#guids()}, and the objects newly found at one depth are
 * loaded together, one {@link Dal#list(String, java.util.Collection)} per hybrid, stopping at the
 * node limit. A link to an object that no longer exists is skipped (the consistency check reports it).
 *
 * <p>A backref listing more than {@link #GROUP_ABOVE} children is drawn as one group node
 * ("412 vdisks", linking to the hybrid's section) rather than as a column of boxes nobody can
 * read: its children are neither loaded nor walked further, and they do not count against the
 * node limit.
 */
final class NeighbourhoodWalker {

    private record Visit(HybridInfo hybrid, DataObject object) {
    }

    /** A relation between a child and a parent, found from one of them; {@code next} is the other end. */
    private record Link(String child, String childGuid, String relation, boolean oneToOne, String parent,
                        String parentGuid, String next, String nextGuid) {
    }

    /** An object found but not loaded yet; {@code loaded} when finding it loaded it already (a one-to-one backref). */
    private record Pending(String hybrid, String guid, DataObject loaded) {
    }

    /** The most children of one backref drawn one by one; more become one group node. */
    static final int GROUP_ABOVE = 30;

    private final Dal dal;
    private final Set<String> names;
    private final int maxNodes;
    private final int groupAbove;
    private final Map<String, Graph.Node> nodes = new LinkedHashMap<>();
    private final Map<String, Graph.Edge> edges = new LinkedHashMap<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final List<Link> deferred = new ArrayList<>();
    private final Set<String> dangling = new HashSet<>();
    private boolean truncated;

    private NeighbourhoodWalker(Dal dal, List<String> follow, int maxNodes, int groupAbove) {
        this.dal = dal;
        this.names = new LinkedHashSet<>(follow);
        this.maxNodes = maxNodes;
        this.groupAbove = groupAbove;
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
        NeighbourhoodWalker walker = new NeighbourhoodWalker(dal, follow, maxNodes, groupAbove);
        walker.nodes.put(id(rootHybrid.name(), guid), node(rootHybrid, root, "root"));
        List<Visit> frontier = List.of(new Visit(rootHybrid, root));
        for (int d = 0; d < depth && !frontier.isEmpty() && !walker.truncated; d++) {
            frontier = walker.level(frontier);
        }
        Graph graph = ElkLayout.layout(new ArrayList<>(walker.nodes.values()), new ArrayList<>(walker.edges.values()),
                Direction.RIGHT);
        return new Neighbourhood(hybrid + ":" + guid, List.copyOf(walker.names), depth, walker.truncated, graph);
    }

    /** Follows the links of every object of {@code frontier}; returns the objects found, to visit one hop further. */
    private List<Visit> level(List<Visit> frontier) {
        List<Visit> next = new ArrayList<>();
        for (Visit v : frontier) {
            if (!expand(v, next)) {
                break;
            }
        }
        flush(next);
        return next;
    }

    /** Follows the named relations and backrefs of one object; false when the node limit stopped it. */
    private boolean expand(Visit v, List<Visit> next) {
        String name = v.hybrid().name();
        String guid = v.object().getGuid();
        for (RelationInfo r : v.hybrid().relations()) {
            String target = names.contains(r.name()) ? v.object().relationGuid(r.name()) : null;
            if (target != null && !link(new Link(name, guid, r.name(), r.oneToOne(), r.target(), target, r.target(), target), null, next)) {
                return false;
            }
        }
        for (BackrefInfo b : v.hybrid().backrefs()) {
            if (!names.contains(b.name())) {
                continue;
            }
            Object children = v.object().get(b.name());
            if (children instanceof DataObject child) { // one-to-one: already loaded
                if (!link(backLink(b, child.getGuid(), name, guid), child, next)) {
                    return false;
                }
            } else if (children instanceof DataList<?> list) {
                List<String> guids = list.guids();
                if (guids.size() > groupAbove) {
                    group(b, name, guid, guids.size());
                    continue;
                }
                for (String child : guids) {
                    if (!link(backLink(b, child, name, guid), null, next)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** One node standing for the {@code count} children listed by backref {@code b} of {@code parent}/{@code parentGuid}, and its edge. */
    private void group(BackrefInfo b, String parent, String parentGuid, int count) {
        String to = id(parent, parentGuid);
        String groupId = "group:" + to + ":" + b.name();
        String title = String.format(Locale.ROOT, "%,d %ss", count, b.source());
        String subtitle = "through " + b.source() + "." + b.relation() + ", not drawn one by one";
        nodes.putIfAbsent(groupId, new Graph.Node(groupId, title, subtitle, "#" + Html.hybridAnchor(b.source()), "group",
                0, 0, ElkLayout.nodeWidth(title, subtitle), ElkLayout.NODE_HEIGHT));
        edges.putIfAbsent(groupId + ">" + b.relation() + ">" + to,
                new Graph.Edge(groupId + ">" + b.relation(), groupId, to, b.relation(), b.oneToOne(), List.of(), null));
    }

    private static Link backLink(BackrefInfo b, String child, String parent, String parentGuid) {
        return new Link(b.source(), child, b.relation(), b.oneToOne(), parent, parentGuid, b.source(), child);
    }

    /** Records a link; its far end becomes pending unless known. False when the node limit is reached. */
    private boolean link(Link link, DataObject loaded, List<Visit> next) {
        String nextId = id(link.next(), link.nextGuid());
        if (!nodes.containsKey(nextId) && !pending.containsKey(nextId) && !dangling.contains(nextId)) {
            if (nodes.size() + pending.size() >= maxNodes) {
                flush(next); // dangling ones among the pending free their places
                if (nodes.size() >= maxNodes) {
                    truncated = true;
                    return false;
                }
            }
            pending.put(nextId, new Pending(link.next(), link.nextGuid(), loaded));
        }
        deferred.add(link);
        return true;
    }

    /** Loads the pending objects (one multi-get per hybrid), adds them as nodes, then the edges found so far. */
    private void flush(List<Visit> next) {
        Map<String, List<String>> toLoad = new LinkedHashMap<>();
        pending.values().stream().filter(p -> p.loaded() == null)
                .forEach(p -> toLoad.computeIfAbsent(p.hybrid(), h -> new ArrayList<>()).add(p.guid()));
        Map<String, DataObject> loaded = new HashMap<>();
        toLoad.forEach((hybrid, guids) -> dal.list(hybrid, guids).forEach(o -> loaded.put(id(hybrid, o.getGuid()), o)));
        pending.forEach((id, p) -> {
            DataObject o = p.loaded() != null ? p.loaded() : loaded.get(id);
            if (o == null) {
                dangling.add(id);
            } else {
                HybridInfo hybrid = dal.model().hybrid(p.hybrid());
                nodes.put(id, node(hybrid, o, "object"));
                next.add(new Visit(hybrid, o));
            }
        });
        pending.clear();
        for (Link link : deferred) {
            if (nodes.containsKey(id(link.next(), link.nextGuid()))) {
                String from = id(link.child(), link.childGuid());
                String to = id(link.parent(), link.parentGuid());
                edges.putIfAbsent(from + ">" + link.relation() + ">" + to,
                        new Graph.Edge(from + ">" + link.relation(), from, to, link.relation(), link.oneToOne(), List.of(), null));
            }
        }
        deferred.clear();
    }

    private static String id(String hybrid, String guid) {
        return hybrid + ":" + guid;
    }

    private static Graph.Node node(HybridInfo h, DataObject o, String kind) {
        String guid = o.getGuid();
        String title = h.name() + " " + label(h, o);
        return new Graph.Node(id(h.name(), guid), title, guid, "#" + Html.objectAnchor(h.name(), guid), kind,
                0, 0, ElkLayout.nodeWidth(title, guid), ElkLayout.NODE_HEIGHT);
    }

    /** A human handle for an object: its name property when it has one, else its first unique string property, else a guid prefix. */
    static String label(HybridInfo h, DataObject o) {
        PropertyInfo best = null;
        for (PropertyInfo p : h.properties()) {
            if (p.name().equals("name")) {
                best = p;
                break;
            }
            if (best == null && p.javaType() == String.class && p.unique()) {
                best = p;
            }
        }
        Object value = best == null ? null : o.get(best.name());
        String guid = o.getGuid();
        String text = value == null ? guid.substring(0, Math.min(8, guid.length())) : value.toString();
        return text.length() > 40 ? text.substring(0, 39) + "\u2026" : text;
    }
}
