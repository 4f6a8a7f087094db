package io.hybriddal.report;

import java.util.Locale;

/**
 * Draws a laid-out {@link Graph} as inline SVG: rounded boxes with a bold title and a subtitle
 * (a link when the node has an href), edges as polylines with an arrowhead at the target, and
 * edge labels on a white backing so they stay readable over crossing lines. Every text and
 * attribute is escaped.
 */
final class SvgWriter {

    private SvgWriter() {
    }

    /** The SVG element for {@code graph}; {@code id} names it (and its arrow marker) in the page. */
    static String svg(String id, String caption, Graph graph) {
        return svg(id, caption, graph, null);
    }

    /** {@link #svg(String, String, Graph)} with a {@code <style>} element first when {@code style} is not null. */
    static String svg(String id, String caption, Graph graph, String style) {
        StringBuilder out = new StringBuilder(8192);
        String marker = Html.escape(id + "-arrow");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" id=\"").append(Html.escape(id))
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(caption))
                .append("\" width=\"").append(num(graph.width())).append("\" height=\"").append(num(graph.height()))
                .append("\" viewBox=\"0 0 ").append(num(graph.width())).append(' ').append(num(graph.height())).append("\">\n");
        if (style != null) {
            out.append("<style>\n").append(style).append("</style>\n");
        }
        out.append("<defs><marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n");
        for (Graph.Edge e : graph.edges()) {
            edge(out, e, marker);
        }
        for (Graph.Node n : graph.nodes()) {
            node(out, n);
        }
        return out.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder out, Graph.Edge e, String marker) {
        out.append("<g class=\"edge").append(e.oneToOne() ? " one-to-one" : "").append("\" data-source=\"")
                .append(Html.escape(e.source())).append("\" data-target=\"").append(Html.escape(e.target())).append("\">");
        out.append("<title>").append(Html.escape(e.source() + " \u2192 " + e.target() + ": " + e.label())).append("</title>");
        out.append("<polyline points=\"");
        for (Graph.Point p : e.points()) {
            out.append(num(p.x())).append(',').append(num(p.y())).append(' ');
        }
        out.append("\" marker-end=\"url(#").append(marker).append(")\"/>");
        if (e.labelAt() != null && !e.label().isEmpty()) {
            double w = ElkLayout.labelWidth(e.label());
            out.append("<rect class=\"edge-label-bg\" x=\"").append(num(e.labelAt().x() - 1)).append("\" y=\"")
                    .append(num(e.labelAt().y() - ElkLayout.LABEL_HEIGHT + 3)).append("\" width=\"").append(num(w + 2))
                    .append("\" height=\"").append(num(ElkLayout.LABEL_HEIGHT)).append("\"/>");
            out.append("<text class=\"edge-label\" x=\"").append(num(e.labelAt().x())).append("\" y=\"")
                    .append(num(e.labelAt().y())).append("\">").append(Html.escape(e.label())).append("</text>");
        }
        out.append("</g>\n");
    }

    private static void node(StringBuilder out, Graph.Node n) {
        out.append("<g class=\"node ").append(Html.escape(n.kind())).append("\" data-id=\"").append(Html.escape(n.id())).append("\">");
        if (n.href() != null) {
            out.append("<a href=\"").append(Html.escape(n.href())).append("\">");
        }
        out.append("<title>").append(Html.escape(n.title() + (n.subtitle().isEmpty() ? "" : " \u2014 " + n.subtitle()))).append("</title>");
        out.append("<rect x=\"").append(num(n.x())).append("\" y=\"").append(num(n.y())).append("\" width=\"")
                .append(num(n.width())).append("\" height=\"").append(num(n.height())).append("\" rx=\"6\"/>");
        double cx = n.x() + n.width() / 2;
        out.append("<text class=\"node-title\" x=\"").append(num(cx)).append("\" y=\"").append(num(n.y() + 19))
                .append("\">").append(Html.escape(n.title())).append("</text>");
        if (!n.subtitle().isEmpty()) {
            out.append("<text class=\"node-subtitle\" x=\"").append(num(cx)).append("\" y=\"").append(num(n.y() + 37))
                    .append("\">").append(Html.escape(n.subtitle())).append("</text>");
        }
        if (n.href() != null) {
            out.append("</a>");
        }
        out.append("</g>\n");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
