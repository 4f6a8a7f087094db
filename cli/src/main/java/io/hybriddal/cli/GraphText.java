package io.hybriddal.cli;

import io.hybriddal.dal.CollapsedBackref;
import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Edge;
import io.hybriddal.dal.Graph;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The text form of a traversal's {@link Graph}: the objects by depth (hybrid, natural key or "-",
 * guid), then the links child -> parent named by relation, then what was left out.
 */
final class GraphText {

    private GraphText() {
    }

    static String render(DalModel model, Graph graph, int maxNodes) {
        StringBuilder out = new StringBuilder();
        Map<String, String> labels = new HashMap<>();
        int depth = -1;
        for (DataObject o : graph.nodes()) {
            if (graph.depth(o) != depth) {
                depth = graph.depth(o);
                out.append("depth ").append(depth).append(":\n");
            }
            String key = naturalKey(model.hybrid(o.hybridName()), o);
            labels.put(o.hybridName() + ":" + o.getGuid(), o.hybridName() + " " + key);
            out.append(String.format("  %-18s %-30s %s%n", o.hybridName(), key, o.getGuid()));
        }
        out.append("links:\n");
        for (Edge e : graph.edges()) {
            out.append("  ").append(labels.get(e.fromHybrid() + ":" + e.from())).append(" -").append(e.member()).append("-> ")
                    .append(labels.get(e.toHybrid() + ":" + e.to())).append('\n');
        }
        if (graph.edges().isEmpty()) {
            out.append("  (none)\n");
        }
        for (CollapsedBackref c : graph.collapsed()) {
            out.append("not walked: ").append(c.children()).append(' ').append(c.childHybrid()).append(" through ")
                    .append(c.backref()).append(" of ").append(labels.get(c.hybrid() + ":" + c.guid())).append('\n');
        }
        if (graph.truncated()) {
            out.append("cut at ").append(maxNodes).append(" objects (--max-nodes): more are reachable\n");
        }
        return out.toString();
    }

    /** The object's natural key (its hybrid's first unique property) as text, or "-". */
    private static String naturalKey(HybridInfo hybrid, DataObject o) {
        Optional<PropertyInfo> key = hybrid.naturalKey();
        Object value = key.isEmpty() ? null : o.get(key.get().name());
        return value == null ? "-" : value.toString();
    }
}
