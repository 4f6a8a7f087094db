package io.hybriddal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a graph out with ELK's layered algorithm (Sugiyama style: layers along the edge
 * direction, few crossings, orthogonal routes) and reads back node positions, edge routes and
 * edge-label positions. Drawing is done elsewhere ({@link SvgWriter}), so no ELK type leaks out.
 */
final class ElkLayout {

    /**
     * Approximate glyph widths of the report's fonts, for box and label sizes: 12px subtitles and
     * edge labels, 13px bold titles. Graphs are drawn at their natural size (never scaled down,
     * the page scrolls instead), so no text is smaller than 12px.
     */
    static final double CHAR_WIDTH = 7.0;
    static final double TITLE_CHAR_WIDTH = 8.4;
    static final double NODE_HEIGHT = 46;
    static final double LABEL_HEIGHT = 16;

    private static volatile boolean registered;

    private ElkLayout() {
    }

    /** A node's width: wide enough for its two lines of text. */
    static double nodeWidth(String title, String subtitle) {
        return Math.max(90, Math.max(title.length() * TITLE_CHAR_WIDTH, subtitle.length() * CHAR_WIDTH) + 20);
    }

    /** An edge label's width. */
    static double labelWidth(String label) {
        return label.length() * CHAR_WIDTH + 4;
    }

    /**
     * Lays out {@code nodes} (their sizes are used, their positions ignored) and {@code edges}
     * between them, edges pointing in {@code direction}.
     */
    static Graph layout(List<Graph.Node> nodes, List<Graph.Edge> edges, Direction direction) {
        ensureRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (Graph.Node n : nodes) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(n.id());
            elk.setDimensions(n.width(), n.height());
            elkNodes.put(n.id(), elk);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (Graph.Edge e : edges) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(e.source()), elkNodes.get(e.target()));
            if (!e.label().isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(e.label(), elk);
                label.setDimensions(labelWidth(e.label()), LABEL_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            elkEdges.add(elk);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return readBack(root, nodes, edges, elkNodes, elkEdges);
    }

    private static Graph readBack(ElkNode root, List<Graph.Node> nodes, List<Graph.Edge> edges,
                                  Map<String, ElkNode> elkNodes, List<ElkEdge> elkEdges) {
        List<Graph.Node> placed = new ArrayList<>(nodes.size());
        for (Graph.Node n : nodes) {
            ElkNode elk = elkNodes.get(n.id());
            placed.add(n.at(elk.getX(), elk.getY()));
        }
        List<Graph.Edge> routed = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge elk = elkEdges.get(i);
            List<Graph.Point> points = new ArrayList<>();
            // edge coordinates are relative to the edge's container: the root here, like the nodes
            for (ElkEdgeSection section : elk.getSections()) {
                points.add(new Graph.Point(section.getStartX(), section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Graph.Point(bend.getX(), bend.getY()));
                }
                points.add(new Graph.Point(section.getEndX(), section.getEndY()));
            }
            Graph.Point labelAt = null;
            if (!elk.getLabels().isEmpty()) {
                ElkLabel label = elk.getLabels().get(0);
                labelAt = new Graph.Point(label.getX(), label.getY() + LABEL_HEIGHT - 3);
            }
            routed.add(edges.get(i).routed(points, labelAt));
        }
        return new Graph(root.getWidth(), root.getHeight(), placed, routed);
    }

    /** The layered algorithm is found through ServiceLoader; a merged jar may have lost that file. */
    private static void ensureRegistered() {
        if (registered) {
            return;
        }
        synchronized (ElkLayout.class) {
            if (!registered && LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            registered = true;
        }
    }
}
