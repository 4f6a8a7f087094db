package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.hybrids.VDisk;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The summary at the top of the page: stores, consistency problems, dynamics to look at, statuses, objects. */
class SummaryTest {

    Fixture fixture;

    @BeforeEach
    void seed() {
        fixture = new Fixture("vm-1");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static String summaryOf(String html) {
        int start = html.indexOf("<section id=\"summary\">");
        assertThat(start).isPositive().isLessThan(html.indexOf("<section id=\"model\">"));
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void statusesCountTheObjectsPerValueOfEveryEnumNamedStatusOrState() {
        fixture.disks.get(0).setStatus(VDisk.Status.RUNNING);
        fixture.disks.get(0).save();

        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());

        LiveData.StatusCounts vdisk = data.statuses().stream()
                .filter(s -> s.hybrid().equals("vdisk") && s.property().equals("status")).findFirst().orElseThrow();
        assertThat(vdisk.counts()).containsEntry("RUNNING", 1L).containsEntry("HALTED", 2L)
                .doesNotContainKey(StatusCensus.NONE);
        assertThat(vdisk.counts().keySet()).containsExactly(Arrays.stream(VDisk.Status.values()).map(Enum::name).toArray(String[]::new));
        // a driver's status is a dynamic, computed: not a stored value to count
        assertThat(data.statuses()).extracting(LiveData.StatusCounts::hybrid).doesNotContain("storagedriver");
        String summary = summaryOf(ReportGenerator.html(data));
        assertThat(summary).contains("<code>status</code>").contains("RUNNING <b>1</b>").contains("HALTED <b>2</b>");
    }

    @Test
    void onlyEnumsNamedLikeAStatusAreCounted() {
        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());
        assertThat(data.statuses()).allSatisfy(s -> assertThat(s.property()).matches("(?i)(.*status|.*state)"));
        // hybrids without objects have nothing to count
        assertThat(data.statuses()).extracting(LiveData.StatusCounts::hybrid).doesNotContain("disk", "diskpartition");
    }

    @Test
    void consistencyProblemsAreCountedByKindAtTheTop() {
        String key = "i/vdisk/name/ghost/" + UUID.randomUUID();
        assertThat(fixture.store.commit(Commit.builder().put(key, "1".getBytes(StandardCharsets.UTF_8)).build()).succeeded()).isTrue();

        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());
        String summary = summaryOf(ReportGenerator.html(data));

        assertThat(data.consistency().healthy()).isFalse();
        assertThat(summary).contains("<div class=\"panel warn\"><h3><a href=\"#consistency\">Index consistency</a>");
        for (Map.Entry<String, Long> e : data.consistency().problems().entrySet()) {
            assertThat(summary).contains("<li><span>" + Html.escape(e.getKey()) + "</span><b class=\"bad\">" + e.getValue() + "</b></li>");
        }
    }

    @Test
    void aDynamicWhoseCacheRarelyHitsNeedsAttention() {
        for (int i = 0; i < 12; i++) { // twelve volumes read once each: twelve misses, no hit
            VDisk d = fixture.dal.create(VDisk.class);
            d.setName("cold-" + i);
            d.setDevicename("/vm/cold" + i + ".raw");
            d.setVpool(fixture.pool);
            d.save();
            d.getSnapshots();
        }

        String summary = summaryOf(ReportGenerator.html(ReportGenerator.collect(fixture.dal, ReportOptions.defaults())));

        assertThat(summary).contains("<code>vdisk.snapshots</code> hit ratio 0.0% of 12 reads")
                .doesNotContain("vdisk.statistics</code> hit ratio"); // 50% over 6 reads: too few to judge
    }

    @Test
    void storesAndObjectsPerHybridAreSummedUp() {
        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults().withStores("memory:", "memory:"));
        String summary = summaryOf(ReportGenerator.html(data));
        long total = data.objects().stream().mapToLong(LiveData.HybridObjects::count).sum();
        assertThat(summary).contains("<b>memory</b> persistent store").contains("<b>memory</b> volatile store")
                .contains(total + " in 18 hybrids")
                .contains("<a href=\"#hybrid-vdisk\">vdisk</a><b>3</b>")
                .contains("No problem in " + data.consistency().documents() + " documents.");
    }

    @Test
    void everyStatusNameAndValueIsEscaped() {
        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("<b>FAILED</b>", 2L);
        ReportData evil = new ReportData(data.title(), data.generatedAt(), data.store(), data.model(), data.modelGraph(),
                data.objects(), data.dynamics(), data.consistency(), data.neighbourhood(), data.notes(),
                List.of(new LiveData.StatusCounts("x\"y", "<i>state</i>", counts)));

        String summary = summaryOf(ReportGenerator.html(evil));

        assertThat(summary).contains("&lt;b&gt;FAILED&lt;/b&gt; <b>2</b>").contains("<code>&lt;i&gt;state&lt;/i&gt;</code>")
                .contains("href=\"#hybrid-x&quot;y\"").doesNotContain("<b>FAILED").doesNotContain("<i>state");
        assertThat(summary).contains("<span class=\"status bad\">"); // a failed status is marked
    }

    @Test
    void aReportBuiltWithoutStatusesStillRenders() {
        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());
        ReportData old = new ReportData(data.title(), data.generatedAt(), data.store(), data.model(), data.modelGraph(),
                data.objects(), data.dynamics(), data.consistency(), data.neighbourhood(), data.notes());
        assertThat(old.statuses()).isEmpty();
        assertThat(summaryOf(ReportGenerator.html(old))).doesNotContain("Statuses");
    }
}
