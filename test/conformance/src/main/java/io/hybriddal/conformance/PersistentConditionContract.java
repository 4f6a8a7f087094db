package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.assertFailedOn;
import static io.hybriddal.conformance.StoreOps.delete;
import static io.hybriddal.conformance.StoreOps.put;
import static io.hybriddal.conformance.StoreOps.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditional commits: each {@link io.hybriddal.dal.spi.Condition.Kind} holding and failing, and
 * a failed commit changing nothing while naming exactly the keys whose conditions failed. Run
 * through {@link PersistentStoreContract}.
 */
public interface PersistentConditionContract extends PersistentStoreFixture {

    /** Every condition test writes under this prefix, so a scan of it is the whole visible state. */
    String PREFIX = "cond/";

    @Test
    default void commit_succeeds_whenKeyRequiredAbsentIsAbsent() {
        PersistentStore store = newStore();

        CommitResult result = store.commit(Commit.builder().requireAbsent("cond/k").put("cond/k", utf8("v")).build());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.failedKeys()).isEmpty();
        assertThat(store.get("cond/k").modRevision()).isEqualTo(result.revision());
    }

    @Test
    default void commit_failsAndChangesNothing_whenKeyRequiredAbsentExists() {
        PersistentStore store = newStore();
        put(store, "cond/k", "v1");
        List<KeyValue> before = scanAll(store, PREFIX);

        CommitResult result = store.commit(Commit.builder().requireAbsent("cond/k")
                .put("cond/k", utf8("v2")).put("cond/new", utf8("n")).build());

        assertFailedOn(result, "cond/k");
        assertThat(scanAll(store, PREFIX)).isEqualTo(before);
    }

    @Test
    default void commit_succeeds_whenKeyRequiredPresentExists() {
        PersistentStore store = newStore();
        put(store, "cond/k", "v1");

        CommitResult result = store.commit(Commit.builder().requirePresent("cond/k").put("cond/k", utf8("v2")).build());

        assertThat(result.succeeded()).isTrue();
        assertThat(text(store.get("cond/k").value())).isEqualTo("v2");
    }

    @Test
    default void commit_failsAndChangesNothing_whenKeyRequiredPresentIsAbsent() {
        PersistentStore store = newStore();
        put(store, "cond/deleted", "v");
        delete(store, "cond/deleted");
        put(store, "cond/other", "o");
        List<KeyValue> before = scanAll(store, PREFIX);

        CommitResult never = store.commit(Commit.builder().requirePresent("cond/never").put("cond/other", utf8("x")).build());
        CommitResult deleted = store.commit(Commit.builder().requirePresent("cond/deleted").delete("cond/other").build());

        assertFailedOn(never, "cond/never");
        assertFailedOn(deleted, "cond/deleted");
        assertThat(scanAll(store, PREFIX)).isEqualTo(before);
    }

    @Test
    default void commit_succeeds_whenRevisionMatches() {
        PersistentStore store = newStore();
        long revision = put(store, "cond/k", "v1");

        CommitResult result = store.commit(Commit.builder().requireRevision("cond/k", revision).put("cond/k", utf8("v2")).build());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.revision()).isGreaterThan(revision);
        assertThat(text(store.get("cond/k").value())).isEqualTo("v2");
    }

    @Test
    default void commit_failsAndChangesNothing_whenRevisionIsStale() {
        PersistentStore store = newStore();
        long stale = put(store, "cond/k", "v1");
        long latest = put(store, "cond/k", "v2");
        List<KeyValue> before = scanAll(store, PREFIX);

        CommitResult result = store.commit(Commit.builder().requireRevision("cond/k", stale)
                .put("cond/k", utf8("v3")).put("cond/new", utf8("n")).build());

        assertFailedOn(result, "cond/k");
        // The revision at which the conditions were evaluated: never older than the last commit.
        assertThat(result.revision()).isGreaterThanOrEqualTo(latest);
        assertThat(scanAll(store, PREFIX)).isEqualTo(before);
    }

    @Test
    default void commit_fails_whenRevisionIsRequiredOfADeletedKey() {
        PersistentStore store = newStore();
        long revision = put(store, "cond/k", "v1");
        delete(store, "cond/k");

        CommitResult result = store.commit(Commit.builder().requireRevision("cond/k", revision).put("cond/k", utf8("v2")).build());

        assertFailedOn(result, "cond/k");
        assertThat(store.get("cond/k")).isNull();
    }

    @Test
    default void commit_treatsRequiredRevisionZero_asAbsence() {
        PersistentStore store = newStore();
        put(store, "cond/present", "v");

        CommitResult onAbsent = store.commit(Commit.builder().requireRevision("cond/absent", 0).put("cond/absent", utf8("a")).build());
        CommitResult onPresent = store.commit(Commit.builder().requireRevision("cond/present", 0).put("cond/present", utf8("p")).build());

        assertThat(onAbsent.succeeded()).isTrue();
        assertFailedOn(onPresent, "cond/present");
        assertThat(text(store.get("cond/present").value())).isEqualTo("v");
    }

    @Test
    default void commit_namesExactlyTheFailedConditionKeys_whenSomeConditionsHold() {
        PersistentStore store = newStore();
        long revA = put(store, "cond/a", "a");
        put(store, "cond/b", "b");
        put(store, "cond/b", "b2");
        List<KeyValue> before = scanAll(store, PREFIX);

        CommitResult result = store.commit(Commit.builder()
                .requireRevision("cond/a", revA)      // holds
                .requireAbsent("cond/free")           // holds
                .requireAbsent("cond/a")              // fails: present
                .requirePresent("cond/missing")       // fails: absent
                .requireRevision("cond/b", revA)      // fails: stale
                .put("cond/a", utf8("x")).delete("cond/b").build());

        assertFailedOn(result, "cond/a", "cond/missing", "cond/b");
        assertThat(scanAll(store, PREFIX)).isEqualTo(before);
    }

    @Test
    default void commit_succeedsWithoutWriting_whenItHasOnlyConditions() {
        PersistentStore store = newStore();
        put(store, "cond/k", "v");
        List<KeyValue> before = scanAll(store, PREFIX);

        CommitResult result = store.commit(Commit.builder().requirePresent("cond/k").requireAbsent("cond/none").build());

        assertThat(result.succeeded()).isTrue();
        assertThat(scanAll(store, PREFIX)).isEqualTo(before);
    }
}
