package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DalModelTest {

    private final Dal dal = Dal.builder().register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    @Test
    void hybrids_areListedInRegistrationOrder_withTheirTypesAndDocs() {
        assertThat(dal.model().hybrids()).extracting(HybridInfo::name).containsExactly("pool", "volume");
        HybridInfo pool = dal.model().hybrid("pool");
        assertThat(pool.type()).isEqualTo(Pool.class);
        assertThat(pool.doc()).isEqualTo("A pool of volumes");
        assertThat(pool.base()).isEmpty();
        assertThat(dal.model().hybrid(Volume.class).name()).isEqualTo("volume");
    }

    @Test
    void properties_keepDeclarationOrder_andTellTypesFlagsAndDefaults() {
        HybridInfo volume = dal.model().hybrid("volume");
        assertThat(volume.properties()).extracting(PropertyInfo::name).containsExactly("name", "size", "state", "tags", "history");
        PropertyInfo size = (PropertyInfo) volume.member("size").orElseThrow();
        assertThat(size.javaType()).isEqualTo(long.class);
        assertThat(size.indexed()).isTrue();
        assertThat(size.unique()).isFalse();
        assertThat(size.scalar()).isTrue();
        assertThat(size.defaultValue()).contains(0L);
        PropertyInfo tags = (PropertyInfo) volume.member("tags").orElseThrow();
        assertThat(tags.mandatory()).isFalse();
        assertThat(tags.scalar()).isFalse();
        assertThat(tags.genericType().getTypeName()).isEqualTo("java.util.List<java.lang.String>");
        assertThat(tags.defaultValue()).isEmpty();
        assertThat(((PropertyInfo) volume.member("state").orElseThrow()).defaultValue()).contains(Volume.State.NEW);
    }

    @Test
    void relationsBackrefsAndDynamics_nameTheirCounterparts() {
        RelationInfo pool = dal.model().hybrid("volume").relations().get(0);
        assertThat(pool.name()).isEqualTo("pool");
        assertThat(pool.target()).isEqualTo("pool");
        assertThat(pool.backref()).isEqualTo("volumes");
        assertThat(pool.mandatory()).isFalse();
        BackrefInfo volumes = dal.model().hybrid("pool").backrefs().get(0);
        assertThat(volumes.name()).isEqualTo("volumes");
        assertThat(volumes.source()).isEqualTo("volume");
        assertThat(volumes.relation()).isEqualTo("pool");
        assertThat(volumes.declared()).isTrue();
        DynamicInfo computed = dal.model().hybrid("volume").dynamics().get(0);
        assertThat(computed.name()).isEqualTo("computed");
        assertThat(computed.ttl()).isEqualTo(Duration.ofSeconds(5));
        assertThat(computed.javaType()).isEqualTo(int.class);
        assertThat(dal.model().hybrid("pool").naturalKey()).map(PropertyInfo::name).contains("name");
        assertThat(dal.model().hybrid("volume").naturalKey()).isEmpty();
    }

    @Test
    void unknownHybrid_isRefused_namingTheKnownOnes() {
        assertThatThrownBy(() -> dal.model().hybrid("vdisk")).isInstanceOf(InvalidHybridException.class)
                .hasMessageContaining("'vdisk'").hasMessageContaining("[pool, volume]");
        assertThat(dal.model().findHybrid("vdisk")).isEmpty();
        assertThatThrownBy(() -> dal.get("vdisk", "g")).isInstanceOf(InvalidHybridException.class);
        assertThatThrownBy(() -> dal.model().hybrid(String.class)).isInstanceOf(InvalidHybridException.class);
    }

    @Test
    void model_isImmutable() {
        assertThatThrownBy(() -> dal.model().hybrids().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> dal.model().hybrid("pool").properties().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void byName_createGetFindListAndQuery_reachTheSameObjects() {
        DataObject pool = dal.create("pool");
        pool.set("name", "pool-a");
        pool.save();
        assertThat(dal.get("pool", pool.getGuid())).isEqualTo(pool).isInstanceOf(Pool.class);
        assertThat(dal.get("pool", pool.getGuid(), Consistency.STRONG).get("name")).isEqualTo("pool-a");
        assertThat(dal.find("pool", "nope")).isEmpty();
        assertThat(dal.list("pool", List.of("nope", pool.getGuid()))).containsExactly(pool);
        assertThat(dal.query("pool").where(Filter.eq("name", "pool-a")).list()).containsExactly(pool);
        DataObject imported = dal.create("pool", "given-guid");
        assertThat(imported.getGuid()).isEqualTo("given-guid");
        assertThatThrownBy(() -> dal.get("pool", "nope")).isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("nope");
    }
}
