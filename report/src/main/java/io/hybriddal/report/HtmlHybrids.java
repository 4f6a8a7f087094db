package io.hybriddal.report;

import static io.hybriddal.report.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;

/**
 * One section per hybrid: its documentation, properties, relations, backrefs and dynamics, then
 * the first objects with their property values and relation targets (links to the targets'
 * rows, when those are listed too). All values escaped.
 */
final class HtmlHybrids {

    private HtmlHybrids() {
    }

    static void section(StringBuilder out, ModelDoc m, LiveData.HybridObjects objects, ObjectMapper mapper) {
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
            objects(out, m, objects, mapper);
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

    private static void objects(StringBuilder out, ModelDoc m, LiveData.HybridObjects objects, ObjectMapper mapper) {
        out.append("<h3>Objects <span class=\"muted\">(").append(String.format(Locale.ROOT, "%,d", objects.count()))
                .append(" stored; the first ").append(objects.objects().size()).append(" by guid)</span></h3>");
        if (objects.objects().isEmpty()) {
            return;
        }
        out.append("<div class=\"scroll\"><table class=\"objects\" data-hybrid=\"").append(escape(m.name()))
                .append("\"><thead><tr><th>guid</th><th>v</th>");
        m.properties().forEach(p -> out.append("<th>").append(escape(p.name())).append("</th>"));
        m.relations().forEach(r -> out.append("<th>").append(escape(r.name())).append(" \u2192</th>"));
        out.append("</tr></thead><tbody>");
        for (LiveData.ObjectRow row : objects.objects()) {
            out.append("<tr id=\"").append(escape(Html.objectAnchor(m.name(), row.guid()))).append("\"><td class=\"guid\">")
                    .append(escape(row.guid())).append("</td><td class=\"num\">").append(row.version()).append("</td>");
            for (ModelDoc.PropertyDoc p : m.properties()) {
                out.append("<td class=\"value\">").append(escape(display(row.properties().get(p.name()), mapper))).append("</td>");
            }
            for (Map.Entry<String, LiveData.RelationRef> r : row.relations().entrySet()) {
                LiveData.RelationRef ref = r.getValue();
                out.append("<td class=\"guid\">");
                if (ref.guid() != null) {
                    out.append("<a href=\"#").append(escape(Html.objectAnchor(ref.hybrid(), ref.guid()))).append("\" title=\"")
                            .append(escape(ref.hybrid() + " " + ref.guid())).append("\">").append(escape(shortGuid(ref.guid())))
                            .append("</a>");
                }
                out.append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }

    /** Strings as they are, null as empty, everything else as compact JSON. */
    private static String display(JsonNode value, ObjectMapper mapper) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String shortGuid(String guid) {
        return guid.length() > 8 ? guid.substring(0, 8) + "\u2026" : guid;
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
