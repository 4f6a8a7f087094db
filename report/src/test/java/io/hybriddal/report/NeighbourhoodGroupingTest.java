package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.hybrids.VDisk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node with many neighbours: they are drawn as one group node, and every label stays readable. */
class NeighbourhoodGroupingTest {

    static Fixture fixture;

    @BeforeAll
    static void seed() {
        fixture = new Fixture("vm-1");
        for (int i = 3; i < 412; i++) {
            VDisk d = fixture.dal.create(VDisk.class);
            d.setName("disk-" + i);
            d.setDevicename("/vm/disk" + i + ".raw");
            d.setVpool(fixture.pool);
            d.save();
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void moreThanThirtyNeighboursThroughOneBackrefBecomeOneGroupNode() {
        Neighbourhood n = NeighbourhoodWalker.walk(fixture.dal, "vpool", fixture.pool.getGuid(),
                List.of("vdisks", "storagedrivers", "vmachine"), 2, 120);

        assertThat(n.truncated()).isFalse();
        assertThat(n.graph().nodes()).extracting(Graph.Node::kind).containsExactlyInAnyOrder("root", "object", "group");
        Graph.Node group = n.graph().nodes().stream().filter(node -> node.kind().equals("group")).findFirst().orElseThrow();
        assertThat(group.title()).isEqualTo("412 vdisks");
        assertThat(group.href()).isEqualTo("#hybrid-vdisk");
        assertThat(n.graph().edges()).filteredOn(e -> e.source().equals(group.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.target()).isEqualTo("vpool:" + fixture.pool.getGuid());
                    assertThat(e.label()).isEqualTo("vpool");
                });
    }

    @Test
    void thirtyNeighboursOrFewerAreDrawnOneByOne() {
        Neighbourhood n = NeighbourhoodWalker.walk(fixture.dal, "vpool", fixture.pool.getGuid(), List.of("vdisks"), 1, 1000, 412);

        assertThat(n.graph().nodes()).hasSize(413).noneMatch(node -> node.kind().equals("group"));
    }

    @Test
    void theReportSaysWhatAGroupNodeStandsFor() {
        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults()
                .withNeighbourhood("vpool", fixture.pool.getGuid(), List.of("vdisks"), 1));
        String html = ReportGenerator.html(data);

        assertThat(html).contains("<g class=\"node group\"").contains(">412 vdisks</text>")
                .contains("1 object, 1 link.").contains("A dashed box stands for all the objects of a backref listing more than 30");
    }

    @Test
    void graphLabelsAreAtLeastTwelvePixelsAndGraphsAreNeverScaledDown() throws IOException {
        String css;
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher rule = Pattern.compile("(svg\\.graph[^{]*)\\{([^}]*)}").matcher(css);
        int rules = 0;
        while (rule.find()) {
            rules++;
            assertThat(rule.group(2)).as(rule.group(1)).doesNotContain("max-width").doesNotContain("transform");
            Matcher size = Pattern.compile("font-size:\\s*([0-9.]+)px").matcher(rule.group(2));
            while (size.find()) {
                assertThat(Double.parseDouble(size.group(1))).as(rule.group(1)).isGreaterThanOrEqualTo(12);
            }
        }
        assertThat(rules).isGreaterThan(5);
        String svg = SvgWriter.svg("g", "g", new Graph(300, 200, List.of(), List.of()));
        assertThat(svg).contains("width=\"300.0\" height=\"200.0\""); // drawn at its natural size
    }
}
