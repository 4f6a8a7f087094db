package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DalSmokeTest {

    @Test
    void saveLoadRelateAndDelete_workEndToEnd() {
        try (Dal dal = Dal.builder().register(Pool.class, Volume.class).build()) {
            Pool pool = dal.create(Pool.class);
            pool.setName("pool-a");
            pool.save();
            Volume v = dal.create(Volume.class);
            assertThat(v.getSize()).isZero();
            assertThat(v.getState()).isEqualTo(Volume.State.NEW);
            v.setName("v1");
            v.setSize(10);
            v.setTags(List.of("a", "b"));
            v.setHistory(Set.of(Volume.State.RUNNING));
            v.setPool(pool);
            v.save();
            assertThat(v.version()).isEqualTo(1);
            Volume loaded = dal.get(Volume.class, v.getGuid());
            assertThat(loaded.getName()).isEqualTo("v1");
            assertThat(loaded.getTags()).containsExactly("a", "b");
            assertThat(loaded.getHistory()).containsExactly(Volume.State.RUNNING);
            assertThat(loaded.getPool().getName()).isEqualTo("pool-a");
            assertThat(pool.getVolumes().guids()).containsExactly(v.getGuid());
            int first = loaded.getComputed();
            assertThat(loaded.getComputed()).isEqualTo(first);
            assertThatThrownBy(pool::delete).isInstanceOf(LinkedObjectException.class);
            pool.delete("volumes");
            assertThat(dal.get(Volume.class, v.getGuid()).getPool()).isNull();
            Pool other = dal.create(Pool.class);
            other.setName("pool-a");
            other.save();
            Pool dup = dal.create(Pool.class);
            dup.setName("pool-a");
            assertThatThrownBy(dup::save).isInstanceOf(UniqueConstraintViolationException.class);
        }
    }
}
