package io.hybriddal.report;

import java.util.List;

/**
 * A laid-out directed graph, ready to draw: node boxes and edges as routed polylines, in one
 * coordinate system whose origin is the top-left corner of the drawing.
 *
 * @param width  the drawing's width
 * @param height the drawing's height
 * @param nodes  the boxes, in input order
 * @param edges  the edges, in input order
 */
public record Graph(double width, double height, List<Node> nodes, List<Edge> edges) {

    /**
     * A box.
     *
     * @param id       unique within the graph
     * @param title    first line (bold)
     * @param subtitle second line, may be empty
     * @param href     where a click leads ({@code #anchor}), or null
     * @param kind     a CSS class suffix ({@code root}, {@code hybrid}, ...)
     */
    public record Node(String id, String title, String subtitle, String href, String kind,
                       double x, double y, double width, double height) {

        /** The same box at another place. */
        Node at(double newX, double newY) {
            return new Node(id, title, subtitle, href, kind, newX, newY, width, height);
        }
    }

    /**
     * An edge from {@code source} to {@code target}.
     *
     * @param points   the route: start, bend points, end (empty before layout)
     * @param label    text drawn at {@code labelAt}, may be empty
     * @param oneToOne drawn with a double stroke
     */
    public record Edge(String id, String source, String target, String label, boolean oneToOne,
                       List<Point> points, Point labelAt) {

        /** The same edge with a route and a label position. */
        Edge routed(List<Point> route, Point labelPosition) {
            return new Edge(id, source, target, label, oneToOne, List.copyOf(route), labelPosition);
        }
    }

    /** A point of the drawing. */
    public record Point(double x, double y) {
    }
}
