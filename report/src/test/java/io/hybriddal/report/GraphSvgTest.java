package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraphSvgTest {

    static Fixture fixture;

    @BeforeAll
    static void seed() {
        fixture = new Fixture("vm <1>");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void aTraversalIsDrawnAsAStandaloneStyledSvg_withABoxPerObjectAndAnEdgePerLink() {
        Graph g = fixture.dal.traverse(fixture.pool).follow("vdisks", "vmachine").depth(2).run();

        String svg = GraphSvg.svg(fixture.dal.model(), g);

        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<style>")
                .contains("svg.graph .node rect").endsWith("</svg>\n");
        assertThat(svg.split("<g class=\"node", -1)).hasSize(1 + 1 + 3 + 1);
        assertThat(svg.split("<g class=\"edge", -1)).hasSize(1 + 3 + 3);
        assertThat(svg).contains("vpool pool-a").contains("vmachine vm &lt;1&gt;").doesNotContain("href=\"#");
    }

    @Test
    void aBackrefAboveTheFanOut_isOneGroupBox() {
        Graph g = fixture.dal.traverse(fixture.pool).follow("vdisks").maxFanOut(2).run();

        String svg = GraphSvg.svg(fixture.dal.model(), g);

        assertThat(svg).contains("<g class=\"node group\"").contains(">3 vdisks</text>");
    }
}
