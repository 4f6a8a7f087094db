package io.hybriddal.report;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.core.options.Direction;

/**
 * Walks breadth first from one object. At each object, every name in the follow list that is a
 * relation of its hybrid leads to the target, and every name that is a backref of its hybrid
 * leads to the children; other names are ignored there. Edges are always drawn child → parent
 * (the relation's direction), labelled with the relation name, whichever way they were found.
 */
final class NeighbourhoodWalker {

    private record Visit(HybridModel model, String guid, int depth) {
    }

    /** A relation between a child and a parent, found from one of them; {@code next} is the other end. */
    private record Link(HybridModel child, String childGuid, RelationModel relation, HybridModel parent, String parentGuid,
                        HybridModel next, String nextGuid) {
    }

    private NeighbourhoodWalker() {
    }

    static Neighbourhood walk(DalEngine engine, String hybrid, String guid, List<String> follow, int depth, int maxNodes) {
        HybridModel rootModel = engine.registry().byName(hybrid);
        if (rootModel == null) {
            throw new IllegalArgumentException("no registered hybrid is named '" + hybrid + "'; known: "
                    + engine.registry().models().stream().map(HybridModel::name).sorted().toList());
        }
        Map<String, Graph.Node> nodes = new LinkedHashMap<>();
        Map<String, Graph.Edge> edges = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(follow);
        Deque<Visit> queue = new ArrayDeque<>();
        Snapshot root = engine.read(rootModel, guid, Consistency.STRONG);
        if (root == null) {
            throw new ObjectNotFoundException(hybrid + " with guid '" + guid + "' could not be found");
        }
        nodes.put(id(rootModel, guid), node(rootModel, guid, root, "root"));
        queue.add(new Visit(rootModel, guid, 0));
        boolean truncated = false;
        while (!queue.isEmpty() && !truncated) {
            Visit v = queue.poll();
            if (v.depth() >= depth) {
                continue;
            }
            Snapshot s = engine.read(v.model(), v.guid(), Consistency.CACHED);
            if (s == null) {
                continue;
            }
            List<Link> links = new ArrayList<>();
            for (RelationModel r : v.model().relations()) {
                String target = (String) s.values()[r.index()];
                if (names.contains(r.name()) && target != null) {
                    links.add(new Link(v.model(), v.guid(), r, r.target(), target, r.target(), target));
                }
            }
            for (BackrefModel b : v.model().incomingBackrefs()) {
                if (names.contains(b.name())) {
                    for (String child : engine.backrefGuids(b, v.guid())) {
                        links.add(new Link(b.source(), child, b.relation(), v.model(), v.guid(), b.source(), child));
                    }
                }
            }
            for (Link link : links) {
                HybridModel next = link.next();
                String nextGuid = link.nextGuid();
                String nextId = id(next, nextGuid);
                if (!nodes.containsKey(nextId)) {
                    if (nodes.size() >= maxNodes) {
                        truncated = true;
                        break;
                    }
                    Snapshot ns = engine.read(next, nextGuid, Consistency.CACHED);
                    if (ns == null) {
                        continue; // a dangling link: the consistency check reports it
                    }
                    nodes.put(nextId, node(next, nextGuid, ns, "object"));
                    queue.add(new Visit(next, nextGuid, v.depth() + 1));
                }
                RelationModel r = link.relation();
                String from = id(link.child(), link.childGuid());
                String to = id(link.parent(), link.parentGuid());
                edges.putIfAbsent(from + ">" + r.name() + ">" + to,
                        new Graph.Edge(from + ">" + r.name(), from, to, r.name(), r.oneToOne(), List.of(), null));
            }
        }
        Graph graph = ElkLayout.layout(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()), Direction.RIGHT);
        return new Neighbourhood(hybrid + ":" + guid, List.copyOf(names), depth, truncated, graph);
    }

    private static String id(HybridModel m, String guid) {
        return m.name() + ":" + guid;
    }

    private static Graph.Node node(HybridModel m, String guid, Snapshot s, String kind) {
        String title = m.name() + " " + label(m, s, guid);
        String subtitle = guid;
        return new Graph.Node(id(m, guid), title, subtitle, "#" + Html.objectAnchor(m.name(), guid), kind,
                0, 0, ElkLayout.nodeWidth(title, subtitle), ElkLayout.NODE_HEIGHT);
    }

    /** A human handle for an object: its name property when it has one, else its first string property. */
    static String label(HybridModel m, Snapshot s, String guid) {
        PropertyModel best = null;
        for (PropertyModel p : m.properties()) {
            if (p.name().equals("name")) {
                best = p;
                break;
            }
            if (best == null && p.valueType().raw() == String.class && p.unique()) {
                best = p;
            }
        }
        Object value = best == null ? null : s.values()[best.index()];
        String text = value == null ? guid.substring(0, Math.min(8, guid.length())) : value.toString();
        return text.length() > 40 ? text.substring(0, 39) + "\u2026" : text;
    }
}
