package io.hybriddal.report;

import io.hybriddal.dal.CollapsedBackref;
import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Edge;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.elk.core.options.Direction;

/**
 * Lays out what {@link io.hybriddal.dal.Dal#traverse} found: one box per object ("hybrid label",
 * its guid below; the start is the {@code root}), one group box per backref left unwalked for its
 * size ("412 vdisks", linking to the hybrid's section), and the stored links, child → parent,
 * labelled with the relation's name.
 */
final class TraversalDrawing {

    private TraversalDrawing() {
    }

    /** The laid-out drawing of {@code graph}; boxes link to the report's sections when {@code links}. */
    static Graph draw(DalModel model, io.hybriddal.dal.Graph graph, boolean links) {
        Map<String, Graph.Node> nodes = new LinkedHashMap<>();
        for (DataObject o : graph.nodes()) {
            Graph.Node node = node(model.hybrid(o.hybridName()), o, nodes.isEmpty() ? "root" : "object", links);
            nodes.put(node.id(), node);
        }
        List<Graph.Edge> edges = new ArrayList<>();
        for (Edge e : graph.edges()) {
            String from = id(e.fromHybrid(), e.from());
            edges.add(new Graph.Edge(from + ">" + e.member(), from, id(e.toHybrid(), e.to()), e.member(),
                    oneToOne(model.hybrid(e.fromHybrid()), e.member()), List.of(), null));
        }
        for (CollapsedBackref c : graph.collapsed()) {
            String to = id(c.hybrid(), c.guid());
            String groupId = "group:" + to + ":" + c.backref();
            String title = String.format(Locale.ROOT, "%,d %ss", c.children(), c.childHybrid());
            String subtitle = "through " + c.childHybrid() + "." + c.relation() + ", not drawn one by one";
            nodes.putIfAbsent(groupId, new Graph.Node(groupId, title, subtitle, links ? "#" + Html.hybridAnchor(c.childHybrid()) : null,
                    "group", 0, 0, ElkLayout.nodeWidth(title, subtitle), ElkLayout.NODE_HEIGHT));
            edges.add(new Graph.Edge(groupId + ">" + c.relation(), groupId, to, c.relation(),
                    oneToOne(model.hybrid(c.childHybrid()), c.relation()), List.of(), null));
        }
        return ElkLayout.layout(new ArrayList<>(nodes.values()), edges, Direction.RIGHT);
    }

    private static boolean oneToOne(HybridInfo hybrid, String relation) {
        return hybrid.relations().stream().anyMatch(r -> r.name().equals(relation) && r.oneToOne());
    }

    static String id(String hybrid, String guid) {
        return hybrid + ":" + guid;
    }

    private static Graph.Node node(HybridInfo h, DataObject o, String kind, boolean links) {
        String guid = o.getGuid();
        String title = h.name() + " " + label(h, o);
        return new Graph.Node(id(h.name(), guid), title, guid, links ? "#" + Html.objectAnchor(h.name(), guid) : null, kind,
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
