package io.hybriddal.dal.traversal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.CollapsedBackref;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Edge;
import io.hybriddal.dal.Graph;
import io.hybriddal.dal.spi.Commit;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraversalTest extends TraversalTestBase {

    @Test
    void nodesComeBreadthFirst_theStartFirst_withTheirDepths() {
        TSite site = site("s");
        THost a = host("a", site);
        THost b = host("b", site);
        disk("a1", a);
        disk("b1", b);
        boolean aFirst = a.getGuid().compareTo(b.getGuid()) < 0; // a backref lists its children in guid order

        Graph g = dal.traverse(site).follow("hosts", "disks").depth(2).run();

        assertThat(names(g)).containsExactly(aFirst ? new String[] {"s", "a", "b", "a1", "b1"} : new String[] {"s", "b", "a", "b1", "a1"});
        assertThat(g.nodes()).extracting(g::depth).containsExactly(0, 1, 1, 2, 2);
        assertThat(g.truncated()).isFalse();
    }

    @Test
    void eachNodeAppearsOnce_whenTheGraphHasCycles() {
        TSite site = site("s");
        THost a = host("a", site);
        THost b = host("b", site);
        a.setPeer(b);
        a.save();
        b.setPeer(a);
        b.save();

        Graph g = dal.traverse(a).follow("peer", "peers", "site", "hosts").depth(5).run();

        assertThat(names(g)).containsExactly("a", "s", "b");
        assertThat(g.edges()).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void depthBoundsTheHops() {
        TSite site = site("s");
        disk("a1", host("a", site));

        assertThat(names(dal.traverse(site).follow("hosts", "disks").depth(0).run())).containsExactly("s");
        assertThat(names(dal.traverse(site).follow("hosts", "disks").depth(1).run())).containsExactly("s", "a");
        assertThat(names(dal.traverse(site).follow("hosts", "disks").run())).as("default depth 1").containsExactly("s", "a");
    }

    @Test
    void aMemberTheNodesHybridLacks_isSkippedThere() {
        TSite site = site("s");
        THost a = host("a", site);
        disk("a1", a);

        Graph g = dal.traverse(site).follow("disks", "peer").depth(3).run();

        assertThat(names(g)).containsExactly("s");
        assertThat(g.edges()).isEmpty();
    }

    @Test
    void backrefsWithoutAGetter_areFollowed() {
        THost a = host("a", null);
        disk("a1", a);
        disk("a2", a);

        Graph g = dal.traverse(a).follow("disks").run();

        assertThat(names(g)).containsExactlyInAnyOrder("a", "a1", "a2");
    }

    @Test
    void edgesReadChildToParent_namedByTheRelation_whicheverWayTheyWereWalked() {
        TSite site = site("s");
        THost a = host("a", site);

        Graph down = dal.traverse(site).follow("hosts").run();
        Graph up = dal.traverse(a).follow("site").run();

        Edge stored = new Edge("thost", a.getGuid(), "site", "tsite", site.getGuid());
        assertThat(down.edges()).containsExactly(stored);
        assertThat(up.edges()).containsExactly(stored);
    }

    @Test
    void linksToObjectsThatNoLongerExist_areSkipped() {
        TSite site = site("s");
        THost gone = host("gone", site);
        TDisk disk = disk("d", gone);
        store.commit(Commit.builder().delete("o/thost/" + gone.getGuid()).build()); // behind the Dal's back

        Graph up = dal.traverse(disk).follow("host").run();
        Graph down = dal.traverse(site).follow("hosts").run();

        assertThat(names(up)).containsExactly("d");
        assertThat(names(down)).containsExactly("s");
        assertThat(up.edges()).isEmpty();
        assertThat(down.edges()).isEmpty();
    }

    @Test
    void theNodeLimit_keepsTheFirstNodes_andSaysItTruncated() {
        TSite site = site("s");
        host("a", site);
        host("b", site);
        host("c", site);

        Graph g = dal.traverse(site).follow("hosts").maxNodes(3).run();

        assertThat(g.nodes()).hasSize(3);
        assertThat(g.truncated()).isTrue();
        assertThat(dal.traverse(site).follow("hosts").maxNodes(4).run().truncated()).isFalse();
    }

    @Test
    void aBackrefListingMoreThanTheFanOut_isCollapsed_notLoaded() {
        TSite site = site("s");
        host("a", site);
        host("b", site);
        host("c", site);
        store.reset();

        Graph g = dal.traverse(site).follow("hosts").maxFanOut(2).run();

        assertThat(names(g)).containsExactly("s");
        assertThat(g.collapsed()).containsExactly(new CollapsedBackref("tsite", site.getGuid(), "hosts", "thost", "site", 3));
        assertThat(store.count("getAll")).isZero();
    }

    @Test
    void unknownMembers_areRejected_namingThem() {
        TSite site = site("s");

        assertThatThrownBy(() -> dal.traverse(site).follow("hosts", "volumes", "nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[volumes, nope]");
    }

    @Test
    void aNegativeDepth_isRejected() {
        TSite site = site("s");

        assertThatThrownBy(() -> dal.traverse(site).depth(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedDal_refusesToRun() {
        TSite site = site("s");
        var traversal = dal.traverse(site).follow("hosts");
        dal.close();

        assertThatThrownBy(traversal::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anObjectOfAnotherDal_cannotStartATraversal() {
        TSite site = site("s");
        try (Dal other = Dal.builder().persistentStore(store).volatileStore(cache).register(TSite.class, THost.class, TDisk.class).build()) {
            assertThatThrownBy(() -> other.traverse(site)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an object of this Dal");
        }
    }

    @Test
    void insideATransaction_theWalkSeesItsPendingWrites() {
        TSite site = site("s");
        host("a", site);

        List<String> seen = dal.inTransaction(() -> {
            host("b", site);
            return names(dal.traverse(site).follow("hosts").run());
        });

        assertThat(seen).hasSize(3).contains("a", "b");
    }
}
