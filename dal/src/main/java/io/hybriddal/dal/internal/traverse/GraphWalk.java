package io.hybriddal.dal.internal.traverse;

import io.hybriddal.dal.CollapsedBackref;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Edge;
import io.hybriddal.dal.Graph;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.ObjectLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One breadth-first run. Per level: the links of every frontier node are collected (relation
 * targets from the loaded values, children from one reverse-index read per node and backref),
 * then the objects not seen yet are loaded per hybrid, in pages (one multi-get each), in the order
 * they were found, until the node limit. Edges are kept when both ends are nodes.
 */
final class GraphWalk {

    /** An object found at the far end of a link, not loaded yet. */
    private record Candidate(HybridModel model, String guid) {
    }

    /** A stored link found while walking, and the key of the end that was walked to. */
    private record Link(Edge edge, String farKey) {
    }

    private final ObjectLoader loader;
    private final Set<String> follow;
    private final int maxNodes;
    private final int maxFanOut;
    private final Set<String> nodeKeys = new HashSet<>();
    private final List<DataObject> nodes = new ArrayList<>();
    private final List<Integer> depths = new ArrayList<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final List<CollapsedBackref> collapsed = new ArrayList<>();
    private boolean truncated;

    GraphWalk(ObjectLoader loader, Set<String> follow, int maxNodes, int maxFanOut) {
        this.loader = loader;
        this.follow = follow;
        this.maxNodes = maxNodes;
        this.maxFanOut = maxFanOut;
    }

    Graph run(DataObject start, int depth) {
        ObjectState s = GraphTraversal.state(start);
        add(key(s.model(), s.guid()), start, 0);
        List<DataObject> frontier = List.of(start);
        for (int d = 1; d <= depth && !frontier.isEmpty() && !truncated; d++) {
            frontier = level(frontier, d);
        }
        return new Graph(nodes, depths, new ArrayList<>(edges.values()), collapsed, truncated);
    }

    /** Walks one hop from every frontier node; returns the nodes added, at {@code depth}. */
    private List<DataObject> level(List<DataObject> frontier, int depth) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (DataObject node : frontier) {
            ObjectState s = GraphTraversal.state(node);
            HybridModel model = s.model();
            for (RelationModel r : GraphTraversal.relations(model, follow)) {
                String target = (String) s.values()[r.index()];
                if (target != null) {
                    Edge edge = new Edge(model.name(), s.guid(), r.name(), r.target().name(), target);
                    links.add(new Link(edge, reach(found, r.target(), target)));
                }
            }
            for (BackrefModel b : GraphTraversal.backrefs(model, follow)) {
                List<String> children = loader.backrefList(b, s.guid(), !s.isNew(), Consistency.CACHED).guids();
                if (children.size() > maxFanOut) {
                    collapsed.add(new CollapsedBackref(model.name(), s.guid(), b.name(), b.source().name(), b.relation().name(),
                            children.size()));
                    continue;
                }
                for (String child : children) {
                    Edge edge = new Edge(b.source().name(), child, b.relation().name(), model.name(), s.guid());
                    links.add(new Link(edge, reach(found, b.source(), child)));
                }
            }
        }
        List<DataObject> added = load(new ArrayList<>(found.entrySet()), depth);
        for (Link link : links) {
            if (nodeKeys.contains(link.farKey())) {
                edges.putIfAbsent(link.edge().toString(), link.edge());
            }
        }
        return added;
    }

    /** Notes the object at the end of a link as a candidate unless it is a node already; returns its key. */
    private String reach(Map<String, Candidate> found, HybridModel model, String guid) {
        String key = key(model, guid);
        if (!nodeKeys.contains(key)) {
            found.putIfAbsent(key, new Candidate(model, guid));
        }
        return key;
    }

    /**
     * Loads the candidates in the order found, as many at a time as the node limit leaves room
     * for, one list per hybrid (one multi-get per page); those that no longer exist are skipped.
     */
    private List<DataObject> load(List<Map.Entry<String, Candidate>> candidates, int depth) {
        List<DataObject> added = new ArrayList<>();
        int next = 0;
        while (next < candidates.size()) {
            int room = maxNodes - nodes.size();
            if (room <= 0) {
                truncated = true;
                break;
            }
            List<Map.Entry<String, Candidate>> batch = candidates.subList(next, Math.min(candidates.size(), next + room));
            next += batch.size();
            Map<HybridModel, List<String>> byHybrid = new LinkedHashMap<>();
            batch.forEach(c -> byHybrid.computeIfAbsent(c.getValue().model(), m -> new ArrayList<>()).add(c.getValue().guid()));
            Map<String, DataObject> loaded = new LinkedHashMap<>();
            byHybrid.forEach((model, guids) -> {
                for (DataObject o : loader.<DataObject>list(model, guids)) {
                    loaded.put(key(model, o.getGuid()), o);
                }
            });
            for (Map.Entry<String, Candidate> c : batch) {
                DataObject o = loaded.get(c.getKey());
                if (o != null) {
                    add(c.getKey(), o, depth);
                    added.add(o);
                }
            }
        }
        return added;
    }

    private void add(String key, DataObject node, int depth) {
        nodeKeys.add(key);
        nodes.add(node);
        depths.add(depth);
    }

    private static String key(HybridModel model, String guid) {
        return model.name() + ":" + guid;
    }
}
