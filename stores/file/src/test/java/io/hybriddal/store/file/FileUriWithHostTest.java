package io.hybriddal.store.file;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.spi.PersistentStore;
import org.junit.jupiter.api.Test;

/** A file URI with a host ({@code file://host/path}) reaches the file store, which says a file URI has no host. */
class FileUriWithHostTest {

    @Test
    void aHostWithoutPortIsRefusedByTheFileStoreItself() {
        assertThatThrownBy(() -> PersistentStore.open("file://host/path"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[file://host/path]")
                .hasMessageContaining("a file URI has no host")
                .hasMessageContaining("file:///abs/dir")
                .hasMessageNotContaining("host:port");
    }

    @Test
    void aHostWithPortIsRefusedAlike() {
        assertThatThrownBy(() -> PersistentStore.open("file://somehost:1/data"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[somehost:1]")
                .hasMessageContaining("a file URI has no host");
    }
}
