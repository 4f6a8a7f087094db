package io.hybriddal.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreLock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Store locks ({@link PersistentStore#tryLock}): one holder per key at a time, free again once
 * released, renewable while held, scoped to the namespace. Expiry after a holder's crash depends
 * on the store's lease (a clock, etcd's TTL, the process) and is tested per store. Run through
 * {@link PersistentStoreContract}.
 */
public interface PersistentLockContract extends PersistentStoreFixture {

    Duration LEASE = Duration.ofSeconds(30);

    @Test
    default void tryLock_refusesASecondHolder_untilTheFirstReleases() {
        PersistentStore store = newStore();
        StoreLock first = closeAfterTest(store.tryLock("lock/a", LEASE));
        assertThat(first).isNotNull();
        assertThat(first.key()).isEqualTo("lock/a");
        assertThat(store.tryLock("lock/a", LEASE)).isNull();
        assertThat(first.renew()).isTrue();

        first.close();
        first.close(); // idempotent

        StoreLock second = closeAfterTest(store.tryLock("lock/a", LEASE));
        assertThat(second).isNotNull();
        assertThat(first.renew()).isFalse();
    }

    @Test
    default void tryLock_onOtherKeysAndNamespaces_isIndependent() {
        PersistentStore store = newStore("lock-one");
        PersistentStore other = newStore("lock-two");
        assertThat(closeAfterTest(store.tryLock("lock/a", LEASE))).isNotNull();
        assertThat(closeAfterTest(store.tryLock("lock/b", LEASE))).isNotNull();
        assertThat(closeAfterTest(other.tryLock("lock/a", LEASE))).isNotNull();
    }

    @Test
    default void tryLock_refusesALeaseThatIsNotPositive() {
        PersistentStore store = newStore();
        assertThatThrownBy(() -> store.tryLock("lock/a", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(closeAfterTest(store.tryLock("lock/a", LEASE))).isNotNull();
    }
}
