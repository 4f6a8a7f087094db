package io.hybriddal.report;

import static io.hybriddal.report.Html.escape;

import io.hybriddal.dal.ConsistencyReport;
import io.hybriddal.dal.NearCacheStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The summary at the top of the page: what an operator checks first, each item linking to its
 * section. Stores (kind, revision, near-cache hit ratio), index consistency (problems by kind),
 * dynamics needing attention, statuses (objects per value of each status-like property,
 * {@link StatusCensus}) and objects per hybrid.
 *
 * <p>A dynamic needs attention when its hit ratio is below {@link #LOW_HIT_RATIO} after at least
 * {@link #MIN_READS} reads (its cache does not help), or when callers waited for its lock. The
 * Dal meters no compute failures, so none are shown. A status value is marked as bad when its
 * name says so ({@link #BAD_STATUS}: failed, error, down, degraded, offline...).
 */
final class HtmlSummary {

    static final double LOW_HIT_RATIO = 0.5;
    static final long MIN_READS = 10;
    static final Pattern BAD_STATUS = Pattern.compile(
            "(?i).*(fail|error|down|degraded|offline|missing|unreachable|broken|lost|dead|stopped).*");

    private HtmlSummary() {
    }

    static void render(StringBuilder out, ReportData data) {
        out.append("<section id=\"summary\"><h2>Summary</h2><div class=\"summary\">");
        stores(out, data.store());
        consistency(out, data.consistency());
        dynamics(out, data.dynamics());
        statuses(out, data.statuses());
        objects(out, data.objects());
        out.append("</div></section>\n");
    }

    private static void stores(StringBuilder out, StoreHealth s) {
        panel(out, "stores", "Stores", true);
        out.append("<p><b>").append(escape(s.persistentKind())).append("</b> persistent store").append(s.namespace().isEmpty() ? ""
                        : ", namespace <code>" + escape(s.namespace()) + "</code>").append(", revision ")
                .append(String.format(Locale.ROOT, "%,d", s.currentRevision())).append("</p><p><b>").append(escape(s.volatileKind()))
                .append("</b> volatile store</p>");
        NearCacheStatus n = s.nearCache();
        if (n == null) {
            out.append("<p>near cache disabled</p>");
        } else {
            long reads = n.hits() + n.misses();
            out.append("<p>near cache: ").append(reads == 0 ? "no reads yet" : pct((double) n.hits() / reads) + " hits")
                    .append(", ").append(String.format(Locale.ROOT, "%,d", n.size())).append(" entries</p>");
        }
        out.append("</div>");
    }

    private static void consistency(StringBuilder out, ConsistencyReport c) {
        panel(out, "consistency", "Index consistency", c.healthy());
        if (c.healthy()) {
            out.append("<p class=\"ok\">No problem in ").append(String.format(Locale.ROOT, "%,d", c.documents()))
                    .append(" documents.</p></div>");
            return;
        }
        long total = c.problems().values().stream().mapToLong(Long::longValue).sum();
        out.append("<p class=\"bad\">").append(String.format(Locale.ROOT, "%,d", total)).append(total == 1 ? " problem" : " problems")
                .append(" in ").append(String.format(Locale.ROOT, "%,d", c.documents())).append(" documents</p><ul class=\"counts\">");
        for (Map.Entry<String, Long> e : c.problems().entrySet()) {
            out.append("<li><span>").append(escape(e.getKey())).append("</span><b class=\"bad\">")
                    .append(String.format(Locale.ROOT, "%,d", e.getValue())).append("</b></li>");
        }
        out.append("</ul></div>");
    }

    private static void dynamics(StringBuilder out, List<LiveData.DynamicStats> dynamics) {
        List<String> attention = new ArrayList<>();
        long read = 0;
        for (LiveData.DynamicStats d : dynamics) {
            long reads = d.hits() + d.misses();
            read += reads > 0 ? 1 : 0;
            String name = "<code>" + escape(d.hybrid() + "." + d.dynamic()) + "</code>";
            if (reads >= MIN_READS && d.hitRatio() != null && d.hitRatio() < LOW_HIT_RATIO) {
                attention.add(name + " hit ratio " + pct(d.hitRatio()) + " of " + String.format(Locale.ROOT, "%,d", reads) + " reads");
            }
            if (d.lockWaits() > 0) {
                attention.add(name + " " + String.format(Locale.ROOT, "%,d", d.lockWaits()) + " lock waits"
                        + (d.lockWaitMaxMs() == null ? "" : String.format(Locale.ROOT, ", max %.1f ms", d.lockWaitMaxMs())));
            }
        }
        panel(out, "dynamics", "Dynamics", attention.isEmpty());
        out.append("<p>").append(read).append(" of ").append(dynamics.size()).append(" dynamics read in this process</p>");
        if (attention.isEmpty()) {
            out.append("<p class=\"ok\">None needs attention.</p>");
        } else {
            out.append("<ul class=\"attention\">");
            attention.forEach(a -> out.append("<li>").append(a).append("</li>"));
            out.append("</ul>");
        }
        out.append("</div>");
    }

    private static void statuses(StringBuilder out, List<LiveData.StatusCounts> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        boolean healthy = statuses.stream().allMatch(s -> s.counts().entrySet().stream()
                .noneMatch(e -> e.getValue() > 0 && BAD_STATUS.matcher(e.getKey()).matches()));
        panel(out, null, "Statuses", healthy);
        out.append("<table class=\"statuses\"><tbody>");
        for (LiveData.StatusCounts s : statuses) {
            out.append("<tr><th><a href=\"#").append(escape(Html.hybridAnchor(s.hybrid()))).append("\">").append(escape(s.hybrid()))
                    .append("</a> <code>").append(escape(s.property())).append("</code></th><td>");
            s.counts().forEach((value, n) -> {
                if (n > 0) {
                    boolean bad = BAD_STATUS.matcher(value).matches();
                    out.append("<span class=\"status").append(bad ? " bad" : "").append("\">").append(escape(value)).append(" <b>")
                            .append(String.format(Locale.ROOT, "%,d", n)).append("</b></span> ");
                }
            });
            out.append("</td></tr>");
        }
        out.append("</tbody></table></div>");
    }

    private static void objects(StringBuilder out, List<LiveData.HybridObjects> objects) {
        long total = objects.stream().mapToLong(LiveData.HybridObjects::count).sum();
        panel(out, null, "Objects", "wide good");
        out.append("<p>").append(String.format(Locale.ROOT, "%,d", total)).append(" in ").append(objects.size())
                .append(" hybrids</p><ul class=\"counts\">");
        for (LiveData.HybridObjects o : objects) {
            out.append("<li><a href=\"#").append(escape(Html.hybridAnchor(o.hybrid()))).append("\">").append(escape(o.hybrid()))
                    .append("</a><b>").append(String.format(Locale.ROOT, "%,d", o.count())).append("</b></li>");
        }
        out.append("</ul></div>");
    }

    /** Opens a panel, green when {@code ok}; {@code section} (may be null) is the id of the section it summarizes. */
    private static void panel(StringBuilder out, String section, String title, boolean ok) {
        panel(out, section, title, ok ? "good" : "warn");
    }

    private static void panel(StringBuilder out, String section, String title, String classes) {
        out.append("<div class=\"panel ").append(classes).append("\"><h3>");
        if (section != null) {
            out.append("<a href=\"#").append(section).append("\">").append(title).append("</a>");
        } else {
            out.append(title);
        }
        out.append("</h3>");
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }
}
