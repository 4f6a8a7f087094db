package io.hybriddal.report;

import io.hybriddal.dal.DalModel;
import java.util.stream.Collectors;

/**
 * Draws what {@link io.hybriddal.dal.Dal#traverse} found as one standalone SVG document, laid out
 * and styled as the report's neighbourhood graph: one box per object (its hybrid and label, its guid
 * below; the start highlighted), one dashed group box per backref left unwalked for its size, and
 * the stored links, child → parent, labelled with the relation. Every text is escaped; the document
 * needs no network, font or script.
 *
 * <pre>{@code
 * Graph g = dal.traverse(pool).follow("vdisks").depth(2).run();
 * Files.writeString(Path.of("pool.svg"), GraphSvg.svg(dal.model(), g));
 * }</pre>
 */
public final class GraphSvg {

    private GraphSvg() {
    }

    /**
     * The SVG document of {@code graph}.
     *
     * @param model the model of the Dal that ran the traversal (names the objects' properties and relations)
     * @throws io.hybriddal.dal.InvalidHybridException if the graph holds hybrids {@code model} lacks
     * @throws NullPointerException                    if an argument is null
     */
    public static String svg(DalModel model, io.hybriddal.dal.Graph graph) {
        Graph drawing = TraversalDrawing.draw(model, graph, false);
        String caption = graph.nodes().isEmpty() ? "graph" : "graph from " + TraversalDrawing.id(
                graph.nodes().get(0).hybridName(), graph.nodes().get(0).getGuid());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgWriter.svg("graph", caption, drawing, style());
    }

    /** The report's graph rules, and a font and background of its own. */
    private static String style() {
        return "svg.graph { font: 13px system-ui, -apple-system, \"Segoe UI\", Roboto, \"DejaVu Sans\", sans-serif; background: #fff; }\n"
                + HtmlReport.resource("report.css").lines().filter(l -> l.startsWith("svg.graph"))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
