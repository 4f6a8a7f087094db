package io.hybriddal.report;

import static io.hybriddal.report.Html.escape;

import io.hybriddal.dal.ConsistencyReport;
import io.hybriddal.dal.AppliedPlan;
import io.hybriddal.dal.NearCacheStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The live sections of the page: stores, index consistency, dynamics' meters, and the neighbourhood graph. */
final class HtmlLive {

    private HtmlLive() {
    }

    static void stores(StringBuilder out, StoreHealth s) {
        out.append("<section id=\"stores\"><h2>Stores</h2><div class=\"cards\">");
        card(out, s.persistentKind(), "persistent store");
        card(out, s.namespace().isEmpty() ? "(none)" : s.namespace(), "namespace");
        card(out, String.format(Locale.ROOT, "%,d", s.currentRevision()), "current revision");
        card(out, s.volatileKind(), "volatile store");
        NearCacheStatus n = s.nearCache();
        if (n != null) {
            long reads = n.hits() + n.misses();
            card(out, reads == 0 ? "\u2013" : pct((double) n.hits() / reads), "near-cache hit ratio");
            card(out, String.format(Locale.ROOT, "%,d", n.size()), "near-cache entries");
        }
        out.append("</div><table class=\"stores\"><tbody>");
        row(out, "persistent URI", s.persistentUri() == null ? "(given as an instance)" : s.persistentUri());
        if (!s.endpoints().isEmpty()) {
            row(out, "etcd endpoints", String.join(", ", s.endpoints()));
        }
        row(out, "volatile URI", s.volatileUri() == null ? "(given as an instance)" : s.volatileUri());
        if (!s.volatileServers().isEmpty()) {
            row(out, "memcached servers", String.join(", ", s.volatileServers()));
        }
        if (n == null) {
            row(out, "near cache", "disabled");
        } else {
            row(out, "near cache", n.hits() + " hits, " + n.misses() + " misses, " + n.size() + " entries, watch at revision "
                    + n.lastRevision());
            row(out, "near-cache lag (own commits)", n.lagSamples() == 0 ? "no samples" : n.lagSamples() + " samples, mean "
                    + ms(n.lagMeanMs()) + ", max " + ms(n.lagMaxMs()));
        }
        AppliedPlan plan = s.lastPlan();
        row(out, "last applied plan", plan == null ? "none" : plan.finished() + ": " + plan.creates() + " created, " + plan.updates()
                + " updated, " + plan.deletes() + " deleted in " + plan.commits() + (plan.commits() == 1 ? " commit, " : " commits, ")
                + plan.duration().toMillis() + " ms (plan " + plan.id() + ")");
        out.append("</tbody></table></section>\n");
    }

    static void consistency(StringBuilder out, ConsistencyReport c) {
        out.append("<section id=\"consistency\"><h2>Index consistency</h2><p class=\"doc\">Every document's unique, index and "
                + "reverse-index entries derived as a save writes them, matched against the stored entries.</p><div class=\"cards\">");
        card(out, String.format(Locale.ROOT, "%,d", c.documents()), "documents");
        card(out, String.format(Locale.ROOT, "%,d", c.uniqueEntries()), "unique entries");
        card(out, String.format(Locale.ROOT, "%,d", c.indexEntries()), "index entries");
        card(out, String.format(Locale.ROOT, "%,d", c.reverseEntries()), "reverse entries");
        out.append("</div>");
        if (c.healthy()) {
            out.append("<p class=\"ok\" id=\"consistency-verdict\">No problem found.</p></section>\n");
            return;
        }
        out.append("<p class=\"bad\" id=\"consistency-verdict\">Problems found.</p><table class=\"problems\"><thead><tr>")
                .append("<th>kind</th><th>count</th></tr></thead><tbody>");
        for (Map.Entry<String, Long> e : c.problems().entrySet()) {
            out.append("<tr><td>").append(escape(e.getKey())).append("</td><td class=\"num\">").append(e.getValue()).append("</td></tr>");
        }
        out.append("</tbody></table><h3>Examples</h3><table class=\"examples\"><thead><tr><th>kind</th><th>key</th><th>detail</th>")
                .append("</tr></thead><tbody>");
        for (ConsistencyReport.Issue i : c.examples()) {
            out.append("<tr><td>").append(escape(i.kind())).append("</td><td class=\"key\">").append(escape(i.key()))
                    .append("</td><td>").append(escape(i.detail())).append("</td></tr>");
        }
        out.append("</tbody></table></section>\n");
    }

    static void dynamics(StringBuilder out, List<LiveData.DynamicStats> rows) {
        out.append("<section id=\"dynamics\"><h2>Dynamics</h2><p class=\"doc\">From this process's meters since the Dal "
                + "started: cache hits and misses, compute time percentiles and lock waits.</p>")
                .append("<div class=\"scroll\"><table class=\"dynamics\"><thead><tr><th>hybrid</th><th>dynamic</th><th>TTL</th>")
                .append("<th>hits</th><th>misses</th><th>hit ratio</th><th>computes</th><th>p50</th><th>p95</th><th>p99</th>")
                .append("<th>lock waits</th><th>lock wait p99</th><th>lock wait max</th></tr></thead><tbody>");
        for (LiveData.DynamicStats d : rows) {
            out.append("<tr><td><a href=\"#").append(escape(Html.hybridAnchor(d.hybrid()))).append("\">").append(escape(d.hybrid()))
                    .append("</a></td><td><code>").append(escape(d.dynamic())).append("</code>")
                    .append(d.locked() ? " <span class=\"badge locked\">locked</span>" : "").append("</td><td class=\"num\">")
                    .append(d.ttl() == 0 ? "0" : d.ttl() + " s").append("</td><td class=\"num\">").append(d.hits())
                    .append("</td><td class=\"num\">").append(d.misses()).append("</td><td class=\"num\">")
                    .append(d.hitRatio() == null ? "\u2013" : pct(d.hitRatio())).append("</td><td class=\"num\">").append(d.computes())
                    .append("</td><td class=\"num\">").append(ms(d.computeP50Ms())).append("</td><td class=\"num\">")
                    .append(ms(d.computeP95Ms())).append("</td><td class=\"num\">").append(ms(d.computeP99Ms()))
                    .append("</td><td class=\"num\">").append(d.lockWaits()).append("</td><td class=\"num\">")
                    .append(ms(d.lockWaitP99Ms())).append("</td><td class=\"num\">").append(ms(d.lockWaitMaxMs())).append("</td></tr>");
        }
        out.append("</tbody></table></div></section>\n");
    }

    static void neighbourhood(StringBuilder out, Neighbourhood n) {
        long groups = n.graph().nodes().stream().filter(node -> node.kind().equals("group")).count();
        long objects = n.graph().nodes().size() - groups;
        out.append("<section id=\"neighbourhood\"><h2>Neighbourhood of <code>").append(escape(n.root())).append("</code></h2>")
                .append("<p class=\"doc\">Objects reachable through ").append(escape(String.join(", ", n.follow())))
                .append(" within ").append(n.depth()).append(n.depth() == 1 ? " hop" : " hops").append(": ")
                .append(objects).append(objects == 1 ? " object, " : " objects, ").append(n.graph().edges().size())
                .append(n.graph().edges().size() == 1 ? " link" : " links")
                .append(n.truncated() ? " (cut at the node limit)" : "").append(". Arrows follow the relations (child \u2192 parent).")
                .append(groups == 0 ? "" : " A dashed box stands for all the objects of a backref listing more than "
                        + NeighbourhoodWalker.GROUP_ABOVE + "; click it for their hybrid's table.").append("</p>")
                .append("<div class=\"scroll\">").append(SvgWriter.svg("neighbourhood-graph", "neighbourhood of " + n.root(), n.graph()))
                .append("</div></section>\n");
    }

    static void card(StringBuilder out, String value, String caption) {
        out.append("<div class=\"card\"><b>").append(escape(value)).append("</b><span>").append(escape(caption)).append("</span></div>");
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String ms(Double millis) {
        return millis == null ? "\u2013" : String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
    }
}
