package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcd.jetcd.Client;
import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.FeedGap;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.hybriddal.testservers.EtcdCluster;
import io.hybriddal.testservers.EtcdProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The change feed on real etcd: history compacted under a subscription (a gap, never a silent
 * loss), a watch cut by a killed member (every commit still once, in order), and two processes
 * subscribing with filters. Compaction and kills use servers of their own, never the shared one.
 */
class ChangeFeedOnEtcdTest {

    /** Generous: the watch's reconnection back-off is at most 2 s, gRPC keepalive 10 s + 5 s. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Dal dal(String uri) {
        return Dal.builder().persistentStore(uri).register(IntegrationModel.all()).build();
    }

    private static Tally tally(Dal dal, String name) {
        Tally t = dal.create(Tally.class);
        t.setName(name);
        t.save();
        return t;
    }

    private static long count(Tally t, long value) {
        t.setValue(value);
        t.save();
        return value;
    }

    @Test
    @Timeout(60)
    void aSubscriptionFromACompactedRevision_reportsTheGap_thenResyncsFromAFreshSnapshot() throws Exception {
        try (EtcdProcess etcd = EtcdProcess.start();
             Client admin = Client.builder().endpoints("http://" + etcd.endpoint()).waitForReady(false).build();
             Dal dal = dal(etcd.uri("compacted"))) {
            Tally t = tally(dal, "t");
            Snapshot<Tally> old = dal.snapshot(Tally.class);
            count(t, 1);
            count(t, 2);
            long latest = admin.getKVClient().get(io.etcd.jetcd.ByteSequence.from(new byte[] {0})).get(10, TimeUnit.SECONDS)
                    .getHeader().getRevision();
            admin.getKVClient().compact(latest).get(10, TimeUnit.SECONDS);
            FeedEvents events = new FeedEvents(WAIT);

            try (Subscription ignored = dal.subscribe(Tally.class, events, FeedOptions.fromRevision(old.revision()).onGap(events.gaps()))) {
                FeedGap gap = events.nextGap();
                assertThat(gap.reason()).isEqualTo(FeedGap.Reason.COMPACTED);
                assertThat(gap.lastDeliveredRevision()).isEqualTo(old.revision());
                assertThat(gap.earliestRevision()).isGreaterThan(old.revision());

                Snapshot<Tally> fresh = dal.snapshot(Tally.class);
                count(t, 3);
                assertThat(fresh.revision()).isGreaterThanOrEqualTo(gap.earliestRevision());
                assertThat(fresh.objects()).singleElement().satisfies(s -> assertThat(s.getValue()).isEqualTo(2));
                ChangeEvent<Tally> next = events.nextEvent();
                assertThat(next.newValues()).containsEntry("value", 3L);
                assertThat(next.revision()).isGreaterThan(fresh.revision());
            }
        }
    }

    @Test
    @Timeout(120)
    void aWatchCutByAKilledMember_resumes_withEveryCommitOnce_inOrder() {
        try (EtcdCluster cluster = EtcdCluster.start(3)) {
            int leader = cluster.leader();
            int follower = (leader + 1) % 3;
            int other = (leader + 2) % 3;
            String namespace = SharedServers.freshNamespace("feed-cut");
            String survivors = "etcd://" + cluster.endpoints().get(leader) + "," + cluster.endpoints().get(other) + "/" + namespace;
            try (Dal writer = dal(survivors);
                 WatchResumes followerStore = new WatchResumes(
                         PersistentStore.open("etcd://" + cluster.endpoints().get(follower) + "/" + namespace), "o/tally/");
                 Dal onFollower = Dal.builder().persistentStore(followerStore).register(IntegrationModel.all()).build()) {
                Tally t = tally(writer, "cut");
                Snapshot<Tally> start = onFollower.snapshot(Tally.class);
                FeedEvents events = new FeedEvents(WAIT);
                try (Subscription ignored = onFollower.subscribe(Tally.class, events,
                        FeedOptions.fromRevision(start.revision()).onGap(events.gaps()))) {
                    List<Long> written = new ArrayList<>();
                    for (long i = 1; i <= 10; i++) {
                        written.add(count(t, i));
                    }
                    List<ChangeEvent<Tally>> delivered = new ArrayList<>(events.nextEvents(10));

                    cluster.kill(follower);
                    for (long i = 11; i <= 30; i++) {
                        written.add(count(t, i));
                    }
                    cluster.restart(follower);
                    for (long i = 31; i <= 40; i++) {
                        written.add(count(t, i));
                    }
                    delivered.addAll(events.nextEvents(30));

                    assertThat(delivered).extracting(e -> e.newValues().get("value")).containsExactlyElementsOf(written);
                    assertThat(delivered).extracting(ChangeEvent::revision).isSorted().doesNotHaveDuplicates();
                    assertThat(events.waiting()).as("nothing doubled or gapped after the resume").isEmpty();
                    assertThat(followerStore.interrupted()).as("the subscription's watch was cut").isPositive();
                    assertThat(followerStore.resumed()).as("and resumed").isPositive();
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void twoProcesses_eachSeeTheChangesTheirFilterSelects_fromBothWriters() {
        String namespace = SharedServers.freshNamespace("feed-two");
        try (Dal a = dal(SharedServers.etcd().uri(namespace)); Dal b = dal(SharedServers.etcd().uri(namespace))) {
            FeedEvents seenByA = new FeedEvents(WAIT);
            FeedEvents seenByB = new FeedEvents(WAIT);
            Filter end = Filter.eq("name", "end");
            try (Subscription sa = a.subscribe(Tally.class, seenByA, FeedOptions.live().filter(Filter.or(Filter.startsWith("name", "a-"), end)));
                 Subscription sb = b.subscribe(Tally.class, seenByB, FeedOptions.live().filter(Filter.or(Filter.startsWith("name", "b-"), end)))) {
                List<String> aNames = new ArrayList<>();
                List<String> bNames = new ArrayList<>();
                LongStream.range(0, 10).forEach(i -> {
                    Dal writer = i % 2 == 0 ? a : b;
                    aNames.add(tally(writer, "a-" + i).getName());
                    bNames.add(tally(writer, "b-" + i).getName());
                    tally(writer, "c-" + i);
                });
                tally(b, "end"); // the last commit, which both filters select

                assertThat(seenByA.nextEvents(11)).allSatisfy(e -> assertThat(e.type()).isEqualTo(ChangeType.CREATED))
                        .extracting(e -> e.newValues().get("name")).containsExactlyElementsOf(with(aNames, "end"));
                assertThat(seenByB.nextEvents(11)).allSatisfy(e -> assertThat(e.type()).isEqualTo(ChangeType.CREATED))
                        .extracting(e -> e.newValues().get("name")).containsExactlyElementsOf(with(bNames, "end"));
            }
        }
    }

    private static List<String> with(List<String> names, String last) {
        List<String> all = new ArrayList<>(names);
        all.add(last);
        return all;
    }
}
