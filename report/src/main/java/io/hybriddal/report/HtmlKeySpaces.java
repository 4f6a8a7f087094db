package io.hybriddal.report;

import static io.hybriddal.report.Html.escape;

import io.hybriddal.dal.IndexStatus;
import java.util.Locale;

/** The key-spaces section: the model version and the state of every unique, index and reverse key space. */
final class HtmlKeySpaces {

    private HtmlKeySpaces() {
    }

    static void render(StringBuilder out, LiveData.ModelRecord m) {
        long ready = m.keySpaces().stream().filter(s -> s.state() == IndexStatus.State.READY).count();
        out.append("<section id=\"keyspaces\"><h2>Key spaces</h2><p class=\"doc\">The model as the store records it. Queries use "
                + "a key space only when it is READY; the others are scanned until <code>hybrid-dal migrate</code> (or "
                + "<code>Dal.migrate()</code>) builds them.</p><div class=\"cards\">");
        HtmlLive.card(out, Integer.toString(m.storedVersion()), "model version (this model knows " + m.knownVersion() + ")");
        HtmlLive.card(out, ready + " / " + m.keySpaces().size(), "key spaces ready");
        HtmlLive.card(out, Integer.toString(m.obsolete().size()), "no longer declared");
        HtmlLive.card(out, Integer.toString(m.pendingMigrations().size()), "pending migrations");
        out.append("</div>");
        if (ready == m.keySpaces().size() && m.obsolete().isEmpty() && m.pendingMigrations().isEmpty()) {
            out.append("<p class=\"ok\" id=\"keyspaces-verdict\">Up to date.</p>");
        } else {
            out.append("<p class=\"bad\" id=\"keyspaces-verdict\">Migration needed.</p>");
        }
        out.append("<div class=\"scroll\"><table class=\"keyspaces\"><thead><tr><th>hybrid</th><th>field</th><th>kind</th><th>state</th>")
                .append("</tr></thead><tbody>");
        m.keySpaces().forEach(s -> row(out, s, ""));
        m.obsolete().forEach(s -> row(out, s, " (no longer declared)"));
        out.append("</tbody></table></div>");
        m.pendingMigrations().forEach(p -> out.append("<p>pending migration ").append(escape(p)).append("</p>"));
        out.append("</section>\n");
    }

    private static void row(StringBuilder out, IndexStatus s, String note) {
        String css = s.state() == IndexStatus.State.READY ? "ok" : "bad";
        out.append("<tr><td><a href=\"#").append(escape(Html.hybridAnchor(s.hybrid()))).append("\">").append(escape(s.hybrid()))
                .append("</a></td><td><code>").append(escape(s.field())).append("</code></td><td>")
                .append(s.kind().name().toLowerCase(Locale.ROOT)).append("</td><td class=\"").append(css).append("\">")
                .append(s.state()).append(escape(note)).append("</td></tr>");
    }
}
