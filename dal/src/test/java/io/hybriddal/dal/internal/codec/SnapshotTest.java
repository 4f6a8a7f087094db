package io.hybriddal.dal.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static final Object[] VALUES = {"a", 1L};

    @Test
    void aPlainSnapshot_keepsEveryPart() {
        Snapshot snapshot = Snapshot.of(null, 42, 7, VALUES, Map.of());

        assertThat(snapshot.revision()).isEqualTo(42);
        assertThat(snapshot.version()).isEqualTo(7);
        assertThat(snapshot.values()).isSameAs(VALUES);
        assertThat(snapshot.extras()).isEmpty();
        assertThat(snapshot.isTombstone()).isFalse();
    }

    @Test
    void aVersionBeyondInt_isKeptWhole() {
        long version = Integer.MAX_VALUE + 5L;

        assertThat(Snapshot.of(null, 1, version, VALUES, Map.of()).version()).isEqualTo(version);
        assertThat(Snapshot.of(null, 1, Integer.MAX_VALUE, VALUES, Map.of()).version()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void unknownStoredFields_areKept_withTheVersion() {
        Map<String, JsonNode> extras = Map.of("legacy", TextNode.valueOf("x"));

        Snapshot snapshot = Snapshot.of(null, 3, 9, VALUES, extras);

        assertThat(snapshot.extras()).isEqualTo(extras);
        assertThat(snapshot.version()).isEqualTo(9);
        assertThat(snapshot.revision()).isEqualTo(3);
        assertThat(snapshot.values()).isSameAs(VALUES);
    }

    @Test
    void aTombstone_hasOnlyItsRevision() {
        Snapshot tombstone = Snapshot.tombstone(11);

        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(tombstone.revision()).isEqualTo(11);
        assertThat(tombstone.model()).isNull();
    }
}
