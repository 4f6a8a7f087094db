package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.Snapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the disks as a map (guid to name, size and machine), built from a snapshot and
 * moved forward by change events: what a feed consumer keeps. Not thread-safe.
 */
final class FeedReplay {

    private static final List<String> FIELDS = List.of("name", "size", "machine");

    private final Map<String, Map<String, Object>> disks = new HashMap<>();

    /** The state {@code snapshot} holds. */
    static Map<String, Map<String, Object>> stateOf(Snapshot<TestDisk> snapshot) {
        return new FeedReplay(snapshot).disks;
    }

    FeedReplay(Snapshot<TestDisk> snapshot) {
        for (TestDisk d : snapshot.objects()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("name", d.getName());
            fields.put("size", d.getSize());
            fields.put("machine", d.relationGuid("machine"));
            disks.put(d.getGuid(), fields);
        }
    }

    /** Applies one event, failing on one that does not fit the state (a lost or doubled change). */
    void apply(ChangeEvent<TestDisk> event) {
        if (event.type() == ChangeType.DELETED) {
            assertThat(disks.remove(event.guid())).as("deleted disk %s was there", event.guid()).isNotNull();
            return;
        }
        Map<String, Object> fields = disks.get(event.guid());
        if (event.type() == ChangeType.CREATED) {
            assertThat(fields).as("created disk %s was not there yet", event.guid()).isNull();
            fields = new HashMap<>();
            fields.put("name", null);
            fields.put("size", 0L);
            fields.put("machine", null);
            disks.put(event.guid(), fields);
        }
        assertThat(fields).as("updated disk %s was there", event.guid()).isNotNull();
        for (Map.Entry<String, Object> change : event.newValues().entrySet()) {
            if (FIELDS.contains(change.getKey())) {
                fields.put(change.getKey(), change.getValue());
            }
        }
    }

    Map<String, Map<String, Object>> state() {
        return disks;
    }
}
