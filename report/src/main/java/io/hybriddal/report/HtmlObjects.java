package io.hybriddal.report;

import static io.hybriddal.report.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The objects table of one hybrid, written for an operator: relation targets by their natural
 * key (the guid in the tooltip), byte counts in binary units ({@link ByteSizes}, the exact value
 * in the tooltip), numbers right-aligned. Every cell whose display differs from the value to
 * sort by carries it in {@code data-sort}, which the page's script uses to sort by column; the
 * script also filters and pages the rows. Without scripts every listed row shows. All values
 * are escaped.
 */
final class HtmlObjects {

    private HtmlObjects() {
    }

    /**
     * @param listed {@code hybrid:guid} of every object the page lists: a relation links to its
     *               target's row when listed, else to the target hybrid's section
     */
    static void table(StringBuilder out, ModelDoc m, LiveData.HybridObjects objects, Set<String> listed) {
        int shown = objects.objects().size();
        out.append("<h3>Objects <span class=\"muted\">(").append(String.format(Locale.ROOT, "%,d", objects.count()))
                .append(" stored");
        if (shown < objects.count()) {
            out.append("; the first ").append(String.format(Locale.ROOT, "%,d", shown)).append(" by guid are listed");
        }
        out.append(")</span></h3>");
        if (objects.objects().isEmpty()) {
            return;
        }
        out.append("<div class=\"scroll\"><table class=\"objects\" data-hybrid=\"").append(escape(m.name()))
                .append("\"><thead><tr><th>guid</th><th title=\"version\">v</th>");
        m.properties().forEach(p -> out.append("<th title=\"").append(escape(p.type())).append("\">")
                .append(escape(p.name())).append("</th>"));
        m.relations().forEach(r -> out.append("<th title=\"").append(escape("relation to " + r.target() + ", shown by its natural key"))
                .append("\">").append(escape(r.name())).append(" \u2192</th>"));
        out.append("</tr></thead><tbody>");
        for (LiveData.ObjectRow row : objects.objects()) {
            out.append("<tr id=\"").append(escape(Html.objectAnchor(m.name(), row.guid()))).append("\"><td class=\"guid\">")
                    .append(escape(row.guid())).append("</td><td class=\"num\">").append(row.version()).append("</td>");
            for (ModelDoc.PropertyDoc p : m.properties()) {
                value(out, row.properties().get(p.name()), ByteSizes.isSize(p.name(), p.type()));
            }
            for (Map.Entry<String, LiveData.RelationRef> r : row.relations().entrySet()) {
                relation(out, r.getValue(), listed);
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }

    private static void value(StringBuilder out, JsonNode value, boolean size) {
        if (value == null || value.isNull()) {
            out.append("<td class=\"value\"></td>");
        } else if (size && value.canConvertToLong() && value.isIntegralNumber()) {
            long bytes = value.asLong();
            out.append("<td class=\"num size\" data-sort=\"").append(bytes).append("\" title=\"").append(escape(ByteSizes.exact(bytes)))
                    .append("\">").append(escape(ByteSizes.human(bytes))).append("</td>");
        } else if (value.isNumber()) {
            out.append("<td class=\"num\">").append(escape(value.toString())).append("</td>");
        } else {
            out.append("<td class=\"value\">").append(escape(value.isTextual() ? value.asText() : value.toString())).append("</td>");
        }
    }

    private static void relation(StringBuilder out, LiveData.RelationRef ref, Set<String> listed) {
        if (ref.guid() == null) {
            out.append("<td class=\"ref\"></td>");
            return;
        }
        String shown = ref.key() != null ? ref.key() : shortGuid(ref.guid());
        String href = listed.contains(ref.hybrid() + ":" + ref.guid())
                ? Html.objectAnchor(ref.hybrid(), ref.guid()) : Html.hybridAnchor(ref.hybrid());
        out.append("<td class=\"ref").append(ref.key() == null ? " guid" : "").append("\" data-sort=\"").append(escape(shown))
                .append("\"><a href=\"#").append(escape(href)).append("\" title=\"").append(escape(ref.hybrid() + " " + ref.guid()))
                .append("\">").append(escape(shown)).append("</a></td>");
    }

    private static String shortGuid(String guid) {
        return guid.length() > 8 ? guid.substring(0, 8) + "\u2026" : guid;
    }
}
