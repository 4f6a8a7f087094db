package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.testservers.EtcdProcess;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store against an etcd with authentication enabled (its own server: auth changes it for good). */
class EtcdAuthTest {

    private static final String PASSWORD = "s3cret-pw";
    private static EtcdProcess etcd;

    @BeforeAll
    static void startEtcdWithAuth() {
        etcd = EtcdProcess.start();
        new EtcdCtl(etcd.endpoint()).enableAuth(PASSWORD);
    }

    @AfterAll
    static void stopEtcd() {
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void reads_failWithACredentialsHint_whenTheUriHasNoUser() {
        try (PersistentStore store = PersistentStore.open(etcd.uri("auth"))) {
            assertThatThrownBy(() -> store.get("k"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("get [k]")
                    .hasMessageContaining(etcd.endpoint())
                    .hasMessageContaining("user and password");
        }
    }

    @Test
    void reads_failWithoutShowingThePassword_whenThePasswordIsWrong() {
        try (PersistentStore store = PersistentStore.open(etcd.uri("auth") + "?user=root&password=wrong-pw")) {
            assertThatThrownBy(() -> store.get("k"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("authentication failed")
                    .hasMessageContaining("user and password")
                    .hasMessageNotContaining("wrong-pw");
        }
    }

    @Test
    void commitsAndReads_work_whenTheUriCarriesUserAndPassword() {
        try (PersistentStore store = PersistentStore.open(etcd.uri("auth") + "?user=root&password=" + PASSWORD)) {
            assertThat(store.commit(Commit.builder().put("k", "v".getBytes(StandardCharsets.UTF_8)).build()).succeeded()).isTrue();
            assertThat(store.get("k").value()).asString(StandardCharsets.UTF_8).isEqualTo("v");
        }
    }
}
