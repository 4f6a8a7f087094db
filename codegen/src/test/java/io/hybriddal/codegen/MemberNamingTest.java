package io.hybriddal.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Members are named by one rule ({@code BeanNames}) in the processor's model description and at
 * registration: a boolean property {@code isOnline()} is {@code online}, and so a boolean dynamic
 * {@code isAvailable()} is {@code available} (they used to disagree: {@code available} for the
 * processor, {@code isAvailable} at run time).
 */
class MemberNamingTest {

    private static final String BOX = Hybrids.hybrid("Box", """
                @Property(defaultValue = "false") public abstract boolean isOnline();
                public abstract void setOnline(boolean online);
                @Dynamic(ttl = 5) public boolean isAvailable() { return true; }
                @Dynamic(ttl = 5) public long getUsage() { return 1; }
            """);

    @Test
    void processorAndRegistration_nameEveryMemberAlike() throws Exception {
        JsonNode box = new ObjectMapper().readTree(TestCompiler.check(BOX).text("META-INF/hybrid-dal/model.json"))
                .get("hybrids").get(0);
        List<String> compiled = List.of(box.get("properties").get(0).get("name").asText(),
                box.get("dynamics").get(0).get("name").asText(), box.get("dynamics").get(1).get("name").asText());

        @SuppressWarnings("unchecked")
        Class<? extends DataObject> type = (Class<? extends DataObject>)
                TestCompiler.compileWithoutProcessor(BOX).classLoader().loadClass("t.Box");
        List<String> registered;
        try (Dal dal = Dal.builder().register(type).build()) {
            HybridInfo model = dal.model().hybrid(type);
            registered = List.of(model.properties().get(0).name(), model.dynamics().get(0).name(), model.dynamics().get(1).name());
        }

        assertThat(compiled).containsExactly("online", "available", "usage");
        assertThat(registered).isEqualTo(compiled);
    }
}
