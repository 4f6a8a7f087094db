package io.hybriddal.dal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Traversal} found: the objects reached, breadth-first, each once, the start first;
 * the stored links between them; the backrefs it did not walk for their size; and whether the
 * node limit stopped it. Only links walked from a node closer than the depth limit are edges:
 * two nodes at the last depth are never linked. The lists are immutable and never null; the
 * objects in them are ordinary instances (not thread-safe).
 */
public final class Graph {

    private final List<DataObject> nodes;
    private final List<Integer> depths;
    private final List<Edge> edges;
    private final List<CollapsedBackref> collapsed;
    private final boolean truncated;
    private final Map<DataObject, Integer> depthOf = new HashMap<>();

    /**
     * @param nodes     the objects, breadth-first, each once
     * @param depths    the hop count of each node from the start, in the same order
     * @param edges     the links between nodes
     * @param collapsed the backrefs left unwalked for their size
     * @param truncated whether the node limit stopped the walk
     * @throws IllegalArgumentException if {@code depths} and {@code nodes} differ in size, or a node repeats
     * @throws NullPointerException     if a list or an element is null
     */
    public Graph(List<DataObject> nodes, List<Integer> depths, List<Edge> edges, List<CollapsedBackref> collapsed,
                 boolean truncated) {
        this.nodes = List.copyOf(nodes);
        this.depths = List.copyOf(depths);
        this.edges = List.copyOf(edges);
        this.collapsed = List.copyOf(collapsed);
        this.truncated = truncated;
        if (this.depths.size() != this.nodes.size()) {
            throw new IllegalArgumentException(this.nodes.size() + " nodes but " + this.depths.size() + " depths");
        }
        for (int i = 0; i < this.nodes.size(); i++) {
            if (depthOf.putIfAbsent(this.nodes.get(i), this.depths.get(i)) != null) {
                throw new IllegalArgumentException("node " + this.nodes.get(i) + " appears twice");
            }
        }
    }

    /** The objects reached, breadth-first, each once, the start first. */
    public List<DataObject> nodes() {
        return nodes;
    }

    /** The stored links between nodes, child → parent (see {@link Edge}), in the order found, each once. */
    public List<Edge> edges() {
        return edges;
    }

    /** The backrefs not walked because they listed more than {@link Traversal#maxFanOut(int)} children. */
    public List<CollapsedBackref> collapsed() {
        return collapsed;
    }

    /**
     * Whether the node limit stopped the walk: some link within the depth led to an object that
     * is not in the graph (it may also be one that no longer exists).
     */
    public boolean truncated() {
        return truncated;
    }

    /**
     * How many hops from the start {@code node} was reached (0 for the start).
     *
     * @throws IllegalArgumentException if {@code node} is not in this graph
     */
    public int depth(DataObject node) {
        Integer depth = depthOf.get(Objects.requireNonNull(node, "node"));
        if (depth == null) {
            throw new IllegalArgumentException(node + " is not a node of this graph");
        }
        return depth;
    }

    @Override
    public String toString() {
        return "Graph[" + nodes.size() + " nodes, " + edges.size() + " edges" + (truncated ? ", truncated" : "") + "]";
    }
}
