package io.hybriddal.report;

import static io.hybriddal.report.Html.escape;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a {@link ReportData} as one HTML page: header, navigation, the summary
 * ({@link HtmlSummary}), the model diagram, then
 * the live sections ({@link HtmlLive}) and one section per hybrid ({@link HtmlHybrids}). The
 * stylesheet and script are resources of this package copied inline, so the file needs nothing
 * else. A tiny script in the head records script errors on the root element
 * ({@code data-js-errors}), which a headless browser's DOM dump shows.
 */
final class HtmlReport {

    private static final String ERROR_HOOK = "window.__reportErrors=[];window.onerror=function(m,s,l){"
            + "window.__reportErrors.push(String(m)+' at line '+l);var r=document.documentElement;"
            + "r.setAttribute('data-js-errors',String(window.__reportErrors.length));"
            + "r.setAttribute('data-js-error-list',window.__reportErrors.join(' | '));};";

    private HtmlReport() {
    }

    static String render(ReportData data, ObjectMapper mapper) {
        StringBuilder out = new StringBuilder(256 * 1024);
        long total = data.objects().stream().mapToLong(LiveData.HybridObjects::count).sum();
        out.append("<!DOCTYPE html>\n<html lang=\"en\" data-js-errors=\"0\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(data.title())).append("</title>\n")
                .append("<style>\n").append(resource("report.css")).append("</style>\n")
                .append("<script>").append(ERROR_HOOK).append("</script>\n</head>\n<body>\n");
        out.append("<header><h1>").append(escape(data.title())).append("</h1><p class=\"meta\">generated ")
                .append(escape(data.generatedAt())).append(" \u00b7 ").append(escape(data.store().persistentKind()))
                .append(" store").append(data.store().namespace().isEmpty() ? "" : " namespace " + escape(data.store().namespace()))
                .append(" at revision ").append(data.store().currentRevision()).append(" \u00b7 ")
                .append(String.format(Locale.ROOT, "%,d", total)).append(" objects in ").append(data.model().size())
                .append(" hybrids \u00b7 indexes ").append(data.consistency().healthy() ? "consistent" : "INCONSISTENT")
                .append("</p></header>\n");
        nav(out, data);
        out.append("<main>\n");
        if (!data.notes().isEmpty()) {
            out.append("<ul class=\"notes\">");
            data.notes().forEach(n -> out.append("<li>").append(escape(n)).append("</li>"));
            out.append("</ul>\n");
        }
        HtmlSummary.render(out, data);
        out.append("<section id=\"model\"><h2>Model</h2><p class=\"doc\">Hybrids and their relations, laid out by ELK "
                + "(layered). An arrow goes from the hybrid declaring a relation to its target and is labelled "
                + "<i>relation / backref</i>; one-to-one relations are thick and marked (1:1). Boxes show object counts and the numbers of properties (p), "
                + "relations (r) and dynamics (d); click one for its section.</p>")
                .append("<div class=\"scroll\">").append(SvgWriter.svg("model-diagram", "model diagram", data.modelGraph()))
                .append("</div></section>\n");
        HtmlLive.stores(out, data.store());
        HtmlLive.consistency(out, data.consistency());
        if (data.modelRecord() != null) {
            HtmlKeySpaces.render(out, data.modelRecord());
        }
        HtmlLive.dynamics(out, data.dynamics());
        if (data.neighbourhood() != null) {
            HtmlLive.neighbourhood(out, data.neighbourhood());
        }
        Set<String> listed = new HashSet<>();
        data.objects().forEach(h -> h.objects().forEach(o -> listed.add(h.hybrid() + ":" + o.guid())));
        for (int i = 0; i < data.model().size(); i++) {
            HtmlHybrids.section(out, data.model().get(i), i < data.objects().size() ? data.objects().get(i) : null, listed);
        }
        out.append("</main>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void nav(StringBuilder out, ReportData data) {
        out.append("<nav><a href=\"#summary\">Summary</a><a href=\"#model\">Model</a><a href=\"#stores\">Stores</a><a href=\"#consistency\">Consistency</a>")
                .append(data.modelRecord() == null ? "" : "<a href=\"#keyspaces\">Key spaces</a>")
                .append("<a href=\"#dynamics\">Dynamics</a>");
        if (data.neighbourhood() != null) {
            out.append("<a href=\"#neighbourhood\">Neighbourhood</a>");
        }
        out.append(" \u00b7 ");
        for (ModelDoc m : data.model()) {
            out.append("<a href=\"#").append(escape(Html.hybridAnchor(m.name()))).append("\">").append(escape(m.name())).append("</a>");
        }
        out.append("</nav>\n");
    }

    /** A resource of the report jar (next to this class) as text, safe inside a {@code <style>} or {@code <script>}. */
    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the report jar");
            }
            // "</" cannot occur in our own CSS/JS except as written; guard anyway so a resource can never end its element
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script").replace("</style", "<\\/style");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
