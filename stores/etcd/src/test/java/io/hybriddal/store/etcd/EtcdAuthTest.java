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
        EtcdCtl ctl = new EtcdCtl(etcd.endpoint());
        // "reader" may read keys under other/ only: the store's namespace is not granted to it
        ctl.run("user", "add", "reader", "--new-user-password=" + PASSWORD, "--interactive=false");
        ctl.run("role", "add", "reader");
        ctl.run("role", "grant-permission", "reader", "read", "other/", "--prefix=true");
        ctl.run("user", "grant-role", "reader", "reader");
        ctl.enableAuth(PASSWORD);
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
    void reads_failSayingPermissionDenied_notBlamingThePassword_whenTheRoleLacksTheKeys() {
        try (PersistentStore store = PersistentStore.open(etcd.uri("auth") + "?user=reader&password=" + PASSWORD)) {
            assertThatThrownBy(() -> store.get("k"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("permission denied")
                    .hasMessageContaining("grant-permission")
                    .hasMessageNotContaining("check user and password")
                    .hasMessageNotContaining(PASSWORD);
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
