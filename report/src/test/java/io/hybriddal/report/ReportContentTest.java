package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.Dal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportContentTest {

    static final String EVIL = "<script>alert(1)</script>";
    static Fixture fixture;
    static ReportData data;
    static String html;

    @BeforeAll
    static void generate() {
        fixture = new Fixture(EVIL);
        data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults().withStores("memory:", "memory:"));
        html = ReportGenerator.html(data);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void aNameThatIsMarkupShowsAsTextNotAsAScript() {
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain(EVIL);
        assertThat(html).contains("quotes &quot; and &#39; and &amp; too");
        // the page's own scripts are the only ones: the error hook in the head and the enhancement at the end
        assertThat(count(html, "<script>")).isEqualTo(2);
    }

    @Test
    void attributeValuesAreEscapedToo() {
        assertThat(Html.escape("\" onmouseover=\"x")).isEqualTo("&quot; onmouseover=&quot;x");
        String svg = SvgWriter.svg("a\"b", "x' y", new Graph(10, 10, List.of(), List.of()));
        assertThat(svg).contains("id=\"a&quot;b\"").contains("aria-label=\"x&#39; y\"");
    }

    @Test
    void theDiagramHasOneNodePerHybridAndOneEdgePerRelation() {
        int relations = data.model().stream().mapToInt(m -> m.relations().size()).sum();
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(data.model()).hasSize(18);
        assertThat(count(svg, "<g class=\"node hybrid\"")).isEqualTo(18);
        assertThat(count(svg, "<g class=\"edge")).isEqualTo(relations);
        assertThat(relations).isGreaterThan(20);
        for (ModelDoc m : data.model()) {
            assertThat(svg).contains("data-id=\"" + m.name() + "\"");
        }
        assertThat(svg).contains("service / mdsService (1:1)");
        data.modelGraph().edges().forEach(e -> assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void theModelSectionsCarryDocsConstraintsAndDefaultsFromModelJson() {
        ModelDoc vdisk = data.model().stream().filter(m -> m.name().equals("vdisk")).findFirst().orElseThrow();
        assertThat(vdisk.source()).isEqualTo("model.json");
        ModelDoc.PropertyDoc size = vdisk.properties().stream().filter(p -> p.name().equals("size")).findFirst().orElseThrow();
        assertThat(size.constraints()).containsExactly("@Min(0)");
        assertThat(size.defaultValue()).isEqualTo("0");
        assertThat(html).contains("Provisioned size in bytes.").contains("VDisk.Status");
    }

    @Test
    void theJsonFormHoldsTheSameDataAsThePage() throws Exception {
        JsonNode json = ReportGenerator.mapper().readTree(ReportGenerator.json(data));
        assertThat(json.path("model")).hasSize(data.model().size());
        assertThat(json.path("modelGraph").path("nodes")).hasSize(18);
        for (JsonNode h : json.path("objects")) {
            LiveData.HybridObjects same = data.objects().stream()
                    .filter(o -> o.hybrid().equals(h.path("hybrid").asText())).findFirst().orElseThrow();
            assertThat(h.path("count").asLong()).isEqualTo(same.count());
            for (JsonNode row : h.path("objects")) {
                assertThat(html).contains("id=\"obj-" + same.hybrid() + "-" + row.path("guid").asText() + "\"");
            }
        }
        JsonNode vmachines = find(json.path("objects"), "vmachine");
        assertThat(vmachines.path("objects").get(0).path("properties").path("name").asText()).isEqualTo(EVIL);
        assertThat(json.path("consistency").path("documents").asLong()).isEqualTo(data.consistency().documents());
    }

    @Test
    void dynamicsShowHitRatiosAndComputeTimesFromTheMeters() {
        LiveData.DynamicStats stats = data.dynamics().stream()
                .filter(d -> d.hybrid().equals("vdisk") && d.dynamic().equals("statistics")).findFirst().orElseThrow();
        assertThat(stats.hits()).isEqualTo(3);
        assertThat(stats.misses()).isEqualTo(3);
        assertThat(stats.hitRatio()).isEqualTo(0.5);
        assertThat(stats.computes()).isEqualTo(3);
        assertThat(stats.computeP99Ms()).isNotNull();
        assertThat(html).contains("50.0%");
    }

    @Test
    void relationGuidsLinkToTheTargetsRows() {
        String poolAnchor = Html.objectAnchor("vpool", fixture.pool.getGuid());
        assertThat(html).contains("<tr id=\"" + poolAnchor + "\"").contains("href=\"#" + poolAnchor + "\"");
    }

    @Test
    void theStoreSectionNamesTheStoresAndTheirRevision() {
        assertThat(data.store().persistentKind()).isEqualTo("memory");
        assertThat(data.store().currentRevision()).isEqualTo(fixture.store.currentRevision());
        assertThat(data.store().nearCache()).isNotNull();
        assertThat(data.consistency().healthy()).isTrue();
    }

    @Test
    void eachHybridsPageHoldsItsFirstObjectsInGuidOrder() {
        ReportData two = ReportGenerator.collect(fixture.dal, ReportOptions.defaults().withObjectsPerHybrid(2));

        LiveData.HybridObjects vdisks = find(two.objects(), "vdisk");
        assertThat(vdisks.count()).isEqualTo(3);
        assertThat(vdisks.objects()).extracting(LiveData.ObjectRow::guid)
                .containsExactlyElementsOf(fixture.disks.stream().map(d -> d.getGuid()).sorted().limit(2).toList());
    }

    @Test
    void anyDalGetsAReportNotOnlyTheEnginesOwn() {
        Dal wrapped = (Dal) Proxy.newProxyInstance(Dal.class.getClassLoader(), new Class<?>[] {Dal.class}, (proxy, method, args) -> {
            try {
                return method.invoke(fixture.dal, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });

        ReportData other = ReportGenerator.collect(wrapped, ReportOptions.defaults());

        assertThat(other.model()).hasSize(18);
        assertThat(other.objects()).extracting(LiveData.HybridObjects::count).containsExactlyElementsOf(
                data.objects().stream().map(LiveData.HybridObjects::count).toList());
        assertThat(other.consistency().healthy()).isTrue();
    }

    static LiveData.HybridObjects find(List<LiveData.HybridObjects> objects, String hybrid) {
        return objects.stream().filter(o -> o.hybrid().equals(hybrid)).findFirst().orElseThrow();
    }

    static JsonNode find(JsonNode array, String hybrid) {
        for (JsonNode n : array) {
            if (n.path("hybrid").asText().equals(hybrid)) {
                return n;
            }
        }
        throw new AssertionError("no " + hybrid + " in " + array);
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
