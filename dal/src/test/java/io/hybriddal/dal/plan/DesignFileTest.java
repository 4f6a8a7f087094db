package io.hybriddal.dal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.InvalidDesignException;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFileTest {

    @TempDir
    Path dir;

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Rack.class, Server.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readYaml_namesRelationTargetsByNaturalKey_inTheDesignOrTheStore() throws IOException {
        Rack stored = dal.create(Rack.class);
        stored.setName("old");
        stored.save();
        Path yaml = file("cluster.yaml", """
                owning: [server]
                rack:
                  - name: new
                    room: r1
                server:
                  - name: s1
                    disks: 4
                    rack: new
                  - name: s2
                    rack: old
                  - name: s3
                    rack: {guid: %s}
                    mirror: s1
                """.formatted(stored.getGuid()));

        Plan plan = dal.plan(Design.read(dal, yaml));
        plan.apply();

        Server s1 = dal.query(Server.class).where(Filter.eq("name", "s1")).first().orElseThrow();
        assertThat(s1.getDisks()).isEqualTo(4);
        assertThat(s1.getRack().getRoom()).isEqualTo("r1");
        assertThat(dal.query(Server.class).where(Filter.eq("rack.name", "old")).count()).isEqualTo(2);
        assertThat(dal.query(Server.class).where(Filter.eq("name", "s3")).first().orElseThrow().getMirror().getName()).isEqualTo("s1");
        assertThat(dal.plan(Design.read(dal, yaml)).isEmpty()).isTrue();
    }

    @Test
    void readJson_isTheSameDesign() throws IOException {
        Path json = file("cluster.json", """
                {"rack": [{"name": "a"}], "server": [{"name": "s1", "rack": "a", "disks": 2}]}
                """);

        assertThat(dal.plan(Design.read(dal, json)).steps()).extracting(s -> s.action() + " " + s.hybrid())
                .containsExactly(PlanAction.CREATE + " rack", PlanAction.CREATE + " server");
    }

    @Test
    void readYaml_reportsEveryUnknownHybridMemberAndNaturalKey_withFileAndLine_andWritesNothing() throws IOException {
        Path yaml = file("bad.yaml", """
                rack:
                  - name: a
                    colour: red
                router:
                  - name: r1
                server:
                  - name: s1
                    rack: nowhere
                    disks: many
                """);
        long revision = store.currentRevision();

        assertThatThrownBy(() -> Design.read(dal, yaml)).isInstanceOfSatisfying(InvalidDesignException.class, e -> {
            assertThat(e.problems()).hasSize(4);
            assertThat(e.problems().get(0)).startsWith(yaml + ":3: hybrid 'rack' member 'colour': no such member");
            assertThat(e.problems().get(1)).startsWith(yaml + ":4: unknown hybrid 'router'");
            assertThat(e.problems().get(2)).startsWith(yaml + ":9: hybrid 'server' member 'disks': value \"many\" is not a long");
            assertThat(e.problems().get(3)).startsWith(yaml + ":8: hybrid 'server' member 'rack': no rack with name 'nowhere'");
        });
        assertThat(store.currentRevision()).isEqualTo(revision);
    }
}
