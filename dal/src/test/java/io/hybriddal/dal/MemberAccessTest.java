package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberAccessTest {

    private final Dal dal = Dal.builder().register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private Pool pool(String name) {
        Pool pool = dal.create(Pool.class);
        pool.setName(name);
        pool.save();
        return pool;
    }

    @Test
    @SuppressWarnings("unchecked")
    void get_readsPropertiesRelationsBackrefsAndDynamics() {
        Pool pool = pool("p");
        Volume v = dal.create(Volume.class);
        v.setName("v1");
        v.setPool(pool);
        v.save();
        assertThat(v.get("name")).isEqualTo("v1");
        assertThat(v.get("size")).isEqualTo(0L);
        assertThat(v.get("pool")).isEqualTo(pool);
        assertThat((List<Object>) pool.get("volumes")).containsExactly(v);
        assertThat(v.get("computed")).isEqualTo(v.getComputed());
    }

    @Test
    void set_convertsNumbersByValue_toThePropertyType() {
        Volume v = dal.create(Volume.class);
        v.set("size", 20);
        assertThat(v.getSize()).isEqualTo(20L);
        v.set("size", 30.0);
        assertThat(v.get("size")).isEqualTo(30L);
    }

    @Test
    void set_refusesAValueThatDoesNotFit_namingHybridMemberAndType_andChangesNothing() {
        Volume v = dal.create(Volume.class);
        v.setSize(7);
        assertThatThrownBy(() -> v.set("size", 10.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume.size").hasMessageContaining("long");
        assertThatThrownBy(() -> v.set("size", "10")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String");
        assertThatThrownBy(() -> v.set("size", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v.set("state", "RUNNING")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("State");
        assertThatThrownBy(() -> v.set("tags", List.of(1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("List<String>");
        assertThatThrownBy(() -> v.set("history", List.of(Volume.State.NEW))).isInstanceOf(IllegalArgumentException.class);
        assertThat(v.getSize()).isEqualTo(7L);
        assertThat(v.getState()).isEqualTo(Volume.State.NEW);
        v.set("history", Set.of(Volume.State.HALTED));
        assertThat(v.getHistory()).containsExactly(Volume.State.HALTED);
    }

    @Test
    void unknownAndReadOnlyMembers_areRefused_namingTheMembers() {
        Volume v = dal.create(Volume.class);
        assertThatThrownBy(() -> v.get("sise")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume has no member 'sise'").hasMessageContaining("size");
        assertThatThrownBy(() -> v.set("sise", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v.set("computed", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dynamic");
        Pool pool = pool("p");
        assertThatThrownBy(() -> pool.set("volumes", List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backref");
    }

    @Test
    void relation_acceptsATargetOrItsGuid_andTheSaveChecksTheGuid() {
        Pool pool = pool("p");
        Volume v = dal.create(Volume.class);
        v.set("name", "v1");
        v.set("pool", pool.getGuid());
        assertThat(v.relationGuid("pool")).isEqualTo(pool.getGuid());
        v.save();
        assertThat(dal.get(Volume.class, v.getGuid()).getPool()).isEqualTo(pool);
        assertThatThrownBy(() -> v.set("pool", v)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool");
        assertThatThrownBy(() -> v.set("pool", 42)).isInstanceOf(IllegalArgumentException.class);
        v.set("pool", "no-such-pool");
        assertThatThrownBy(v::save).isInstanceOf(ObjectNotFoundException.class);
        v.set("pool", null);
        v.save();
        assertThat(dal.get(Volume.class, v.getGuid()).getPool()).isNull();
    }

    @Test
    void booleanDynamic_withAnIsGetter_isNamedAsABooleanProperty_inTheModelQueriesAndSerialize() {
        Pool pool = pool("p");
        assertThat(dal.model().hybrid("pool").dynamics()).extracting(DynamicInfo::name).containsExactly("healthy");
        assertThat(pool.get("healthy")).isEqualTo(true);
        assertThat(dal.query(Pool.class).where(Filter.eq("healthy", true)).list()).containsExactly(pool);
        assertThat(pool.serialize(0)).containsEntry("healthy", true).doesNotContainKey("isHealthy");
    }

    @Test
    void admin_countsObjects_andChecksConsistency() {
        pool("a");
        pool("b");
        assertThat(dal.admin().count("pool")).isEqualTo(2);
        ConsistencyReport report = dal.admin().checkConsistency(5);
        assertThat(report.healthy()).isTrue();
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.uniqueEntries()).isEqualTo(2);
        assertThat(dal.admin().nearCache()).isPresent();
    }

    @Test
    void admin_showsACachedDynamic_withoutComputingIt() {
        Volume v = dal.create(Volume.class);
        v.setName("v");
        v.save();
        assertThat(dal.admin().cachedDynamic(v, "computed")).isEmpty();
        int value = v.getComputed();
        CachedDynamic cached = dal.admin().cachedDynamic(v, "computed").orElseThrow();
        assertThat(cached.json()).isEqualTo(Integer.toString(value));
        assertThat(cached.expiresAt()).isEqualTo(cached.computedAt().plusSeconds(5));
        assertThat(dal.admin().dynamicStatistics("volume", "computed").misses()).isEqualTo(1);
        assertThatThrownBy(() -> dal.admin().cachedDynamic(v, "nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
