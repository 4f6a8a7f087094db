package io.hybriddal.report;

import static io.hybriddal.report.Html.escape;

import java.util.Set;

/**
 * One section per hybrid: its documentation, properties, relations, backrefs and dynamics, then
 * the objects table ({@link HtmlObjects}). All values escaped.
 */
final class HtmlHybrids {

    private HtmlHybrids() {
    }

    /** @param listed {@code hybrid:guid} of every object the page lists ({@link HtmlObjects#table}) */
    static void section(StringBuilder out, ModelDoc m, LiveData.HybridObjects objects, Set<String> listed) {
        out.append("<section class=\"hybrid\" id=\"").append(escape(Html.hybridAnchor(m.name()))).append("\"><h2>")
                .append(escape(m.name())).append(" <span class=\"muted\"><code>").append(escape(m.className())).append("</code>");
        if (m.base() != null) {
            out.append(" extends ").append(escape(m.base()));
        }
        out.append("</span></h2>");
        if (!m.doc().isEmpty()) {
            out.append("<p class=\"doc\">").append(escape(m.doc())).append("</p>");
        }
        properties(out, m);
        relations(out, m);
        if (!m.dynamics().isEmpty()) {
            out.append("<h3>Dynamics</h3><table class=\"dynamics-model\"><thead><tr><th>name</th><th>type</th><th>TTL</th>")
                    .append("<th>locked</th><th>doc</th></tr></thead><tbody>");
            for (ModelDoc.DynamicDoc d : m.dynamics()) {
                out.append("<tr><td><code>").append(escape(d.name())).append("</code></td><td><code>").append(escape(d.type()))
                        .append("</code></td><td class=\"num\">").append(d.ttl() == 0 ? "never cached" : d.ttl() + " s")
                        .append("</td><td>").append(d.locked() ? "<span class=\"badge locked\">locked</span>" : "")
                        .append("</td><td>").append(escape(d.doc())).append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
        if (objects != null) {
            HtmlObjects.table(out, m, objects, listed);
        }
        out.append("</section>\n");
    }

    private static void properties(StringBuilder out, ModelDoc m) {
        out.append("<h3>Properties</h3>");
        if (m.properties().isEmpty()) {
            out.append("<p class=\"muted\">none</p>");
            return;
        }
        out.append("<table class=\"properties\"><thead><tr><th>name</th><th>type</th><th>flags</th><th>default</th>")
                .append("<th>constraints</th><th>doc</th></tr></thead><tbody>");
        for (ModelDoc.PropertyDoc p : m.properties()) {
            out.append("<tr><td><code>").append(escape(p.name())).append("</code></td><td><code>").append(escape(p.type()))
                    .append("</code></td><td>");
            badge(out, p.mandatory(), "mandatory");
            badge(out, p.unique(), "unique");
            badge(out, p.indexed(), "indexed");
            out.append("</td><td>").append(p.defaultValue() == null ? "" : "<code>" + escape(p.defaultValue()) + "</code>")
                    .append("</td><td>");
            p.constraints().forEach(c -> out.append("<code>").append(escape(c)).append("</code> "));
            out.append("</td><td>").append(escape(p.doc())).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private static void relations(StringBuilder out, ModelDoc m) {
        if (!m.relations().isEmpty()) {
            out.append("<h3>Relations</h3><table class=\"relations\"><thead><tr><th>name</th><th>target</th><th>backref</th>")
                    .append("<th>flags</th><th>doc</th></tr></thead><tbody>");
            for (ModelDoc.RelationDoc r : m.relations()) {
                out.append("<tr><td><code>").append(escape(r.name())).append("</code></td><td>").append(hybridLink(r.target()))
                        .append("</td><td><code>").append(escape(r.backref())).append("</code></td><td>");
                badge(out, r.mandatory(), "mandatory");
                if (r.oneToOne()) {
                    out.append("<span class=\"badge one\">one-to-one</span>");
                }
                out.append("</td><td>").append(escape(r.doc())).append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
        if (!m.backrefs().isEmpty()) {
            out.append("<h3>Backrefs</h3><table class=\"backrefs\"><thead><tr><th>name</th><th>lists</th><th>through</th>")
                    .append("<th>flags</th><th>doc</th></tr></thead><tbody>");
            for (ModelDoc.BackrefDoc b : m.backrefs()) {
                out.append("<tr><td><code>").append(escape(b.name())).append("</code></td><td>").append(hybridLink(b.source()))
                        .append("</td><td><code>").append(escape(b.source() + "." + b.relation())).append("</code></td><td>")
                        .append(b.oneToOne() ? "<span class=\"badge one\">one-to-one</span>" : "")
                        .append(b.declared() ? "" : "<span class=\"badge\">no getter</span>")
                        .append("</td><td>").append(escape(b.doc())).append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
    }

    private static String hybridLink(String hybrid) {
        return "<a href=\"#" + escape(Html.hybridAnchor(hybrid)) + "\">" + escape(hybrid) + "</a>";
    }

    private static void badge(StringBuilder out, boolean on, String name) {
        if (on) {
            out.append("<span class=\"badge ").append(name).append("\">").append(name).append("</span>");
        }
    }
}
