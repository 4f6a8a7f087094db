package io.hybriddal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.elk.core.options.Direction;

/**
 * The model as a graph: one box per hybrid (with its object count), one edge per relation from
 * the declaring hybrid to its target, labelled {@code relation / backref} and marked
 * {@code 1:1} for one-to-one relations. Edges point up: targets (pools, backends, types) sit
 * above the objects that refer to them, the way operators think of the inventory.
 */
final class ModelDiagram {

    private ModelDiagram() {
    }

    static Graph build(List<ModelDoc> model, Map<String, Long> counts) {
        List<Graph.Node> nodes = new ArrayList<>();
        List<Graph.Edge> edges = new ArrayList<>();
        for (ModelDoc h : model) {
            Long count = counts.get(h.name());
            String subtitle = (count == null ? "" : String.format(Locale.ROOT, "%,d objects \u00b7 ", count))
                    + h.properties().size() + "p " + h.relations().size() + "r " + h.dynamics().size() + "d";
            nodes.add(new Graph.Node(h.name(), h.name(), subtitle, "#" + Html.hybridAnchor(h.name()), "hybrid", 0, 0,
                    ElkLayout.nodeWidth(h.name(), subtitle), ElkLayout.NODE_HEIGHT));
        }
        for (ModelDoc h : model) {
            for (ModelDoc.RelationDoc r : h.relations()) {
                String label = r.name() + " / " + r.backref() + (r.oneToOne() ? " (1:1)" : "");
                edges.add(new Graph.Edge(h.name() + "." + r.name(), h.name(), r.target(), label, r.oneToOne(), List.of(), null));
            }
        }
        return ElkLayout.layout(nodes, edges, Direction.UP);
    }
}
