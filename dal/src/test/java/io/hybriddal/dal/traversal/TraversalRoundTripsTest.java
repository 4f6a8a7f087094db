package io.hybriddal.dal.traversal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Graph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A traversal reads per level, not per object: one multi-get per frontier page and hybrid. */
class TraversalRoundTripsTest extends TraversalTestBase {

    @Test
    void eachLevelLoadsItsObjects_inOneMultiGetPerPageAndHybrid() {
        TSite site = site("s");
        List<THost> hosts = new ArrayList<>();
        dal.inTransaction(() -> {
            for (int i = 0; i < 250; i++) {
                THost h = host("h" + i, site);
                hosts.add(h);
                disk("d" + i, h);
            }
        });
        store.reset();

        Graph g = dal.traverse(site).follow("hosts", "disks").depth(2).run();

        assertThat(g.nodes()).hasSize(1 + 250 + 250);
        assertThat(store.count("getAll")).as("3 pages of hosts, then 3 pages of disks").isEqualTo(6);
        assertThat(store.count("get")).isZero();
        assertThat(store.count("scan")).as("one reverse-index read per node and followed backref").isEqualTo(1 + 250);
    }

    @Test
    void relationTargets_areLoadedTogether_notOneByOne() {
        TSite site = site("s");
        List<TDisk> disks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            disks.add(disk("d" + i, host("h" + i, site)));
        }
        store.reset();

        Graph g = dal.traverse(site).follow("hosts", "site").depth(3).run();

        assertThat(g.nodes()).hasSize(6);
        assertThat(store.count("getAll")).isEqualTo(1);
        assertThat(store.count("get")).isZero();
    }
}
