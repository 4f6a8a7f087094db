package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record property or dynamic type that contains itself is refused at registration, naming the cycle. */
class RecursiveRecordTest {

    public record Tree(String name, List<Tree> children) {
    }

    public record Leaf(String name, Map<String, Branch> more) {
    }

    public record Branch(String name, List<Leaf> leaves) {
    }

    @Hybrid
    public abstract static class Forest extends DataObject {
        @Property
        public abstract Tree getRoot();

        public abstract void setRoot(Tree root);
    }

    @Hybrid
    public abstract static class Grove extends DataObject {
        @Dynamic(ttl = 5)
        public Branch getTop() {
            return null;
        }
    }

    private static void register(Class<? extends DataObject> type) {
        Dal.builder().persistentStore(new MemoryPersistentStore()).register(type).build().close();
    }

    @Test
    void aRecordContainingItself_isRefusedNamingClassMemberAndCycle() {
        assertThatThrownBy(() -> register(Forest.class)).isInstanceOf(InvalidHybridException.class)
                .hasMessageContaining("Forest").hasMessageContaining("getRoot()")
                .hasMessageContaining("Tree -> RecursiveRecordTest.Tree").hasMessageContaining("rule record-cycle");
    }

    @Test
    void aDynamicOfRecordsContainingEachOther_isRefusedNamingTheCycle() {
        assertThatThrownBy(() -> register(Grove.class)).isInstanceOf(InvalidHybridException.class)
                .hasMessageContaining("getTop()").hasMessageContaining("Branch -> RecursiveRecordTest.Leaf -> RecursiveRecordTest.Branch");
    }
}
