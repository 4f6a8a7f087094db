package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Dal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    static Fixture fixture;
    static Dal dal;

    @BeforeAll
    static void seed() {
        fixture = new Fixture("vm-1");
        dal = fixture.dal;
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    List<String> hybridsOf(Neighbourhood n) {
        return n.graph().nodes().stream().map(node -> node.id().substring(0, node.id().indexOf(':'))).sorted().toList();
    }

    @Test
    void followingOnlyVdisksFromAPoolReachesItsVolumesAndNotItsDrivers() {
        Neighbourhood n = NeighbourhoodWalker.walk(dal, "vpool", fixture.pool.getGuid(), List.of("vdisks"), 3, 100);

        assertThat(hybridsOf(n)).containsExactly("vdisk", "vdisk", "vdisk", "vpool");
        assertThat(n.graph().edges()).hasSize(3).allSatisfy(e -> {
            assertThat(e.label()).isEqualTo("vpool");
            assertThat(e.target()).isEqualTo("vpool:" + fixture.pool.getGuid());
        });
    }

    @Test
    void forwardRelationsAndBackrefsCombineUpToTheDepth() {
        String disk = fixture.disks.get(0).getGuid();
        Neighbourhood one = NeighbourhoodWalker.walk(dal, "vdisk", disk, List.of("vpool", "storagedrivers"), 1, 100);
        Neighbourhood two = NeighbourhoodWalker.walk(dal, "vdisk", disk, List.of("vpool", "storagedrivers"), 2, 100);

        assertThat(hybridsOf(one)).containsExactly("vdisk", "vpool");
        assertThat(hybridsOf(two)).containsExactly("storagedriver", "vdisk", "vpool");
        assertThat(two.graph().nodes().get(0).kind()).isEqualTo("root");
    }

    @Test
    void theNodeLimitCutsTheWalkAndSaysSo() {
        Neighbourhood n = NeighbourhoodWalker.walk(dal, "vpool", fixture.pool.getGuid(), List.of("vdisks"), 3, 2);
        assertThat(n.truncated()).isTrue();
        assertThat(n.graph().nodes()).hasSize(2);
    }

    @Test
    void anUnknownHybridIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> NeighbourhoodWalker.walk(dal, "nosuch", "x", List.of(), 1, 10))
                .hasMessageContaining("nosuch").hasMessageContaining("vdisk");
    }

    @Test
    void theReportDrawsTheNeighbourhoodWhenAsked() {
        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults()
                .withNeighbourhood("vpool", fixture.pool.getGuid(), List.of("vdisks", "storagedrivers"), 1));
        String html = ReportGenerator.html(data);
        assertThat(html).contains("id=\"neighbourhood-graph\"");
        assertThat(data.neighbourhood().graph().nodes()).hasSize(5);
    }
}
