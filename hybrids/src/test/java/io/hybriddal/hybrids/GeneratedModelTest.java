package io.hybriddal.hybrids;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.HybridIndex;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the annotation processor generated for this module: the index, model.json and the X_ paths. */
class GeneratedModelTest {

    static final List<Class<? extends DataObject>> ALL = List.of(BackendType.class, Backend.class, StorageRouter.class,
            StorageDriver.class, VPool.class, VDisk.class, VMachine.class, PMachine.class, Disk.class,
            DiskPartition.class, Service.class, ServiceType.class, MDSService.class, Domain.class,
            StorageRouterDomain.class, VDiskDomain.class, StorageDriverPartition.class, BackendDomain.class);

    @Test
    void hybridIndex_listsEveryHybridOfTheModel() {
        assertThat(HybridIndex.load(getClass().getClassLoader())).containsExactlyInAnyOrderElementsOf(ALL);
    }

    @Test
    void modelJson_parses_andDocumentsEveryHybridAndMember() throws Exception {
        JsonNode model = readModel();
        assertThat(model.get("format").asInt()).isEqualTo(1);
        List<String> undocumented = new ArrayList<>();
        for (JsonNode hybrid : model.get("hybrids")) {
            if (hybrid.get("doc").asText().isBlank()) {
                undocumented.add(hybrid.get("name").asText());
            }
            for (String kind : List.of("properties", "relations", "backrefs", "dynamics")) {
                for (JsonNode member : hybrid.get(kind)) {
                    if (member.get("doc").asText().isBlank()) {
                        undocumented.add(hybrid.get("name").asText() + "." + member.get("name").asText());
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
        assertThat(model.get("hybrids")).hasSize(ALL.size());
    }

    @Test
    void modelJson_linksEveryBackrefToItsRelation() throws Exception {
        for (JsonNode hybrid : readModel().get("hybrids")) {
            for (JsonNode backref : hybrid.get("backrefs")) {
                assertThat(backref.get("source").isNull()).as(hybrid.get("name") + "." + backref.get("name")).isFalse();
            }
        }
    }

    @Test
    void modelJson_recordsConstraintsAndUniqueLookups() throws Exception {
        JsonNode router = hybrid(readModel(), "storagerouter");
        JsonNode ip = router.get("properties").get(1);
        assertThat(ip.get("name").asText()).isEqualTo("ip");
        assertThat(ip.get("unique").asBoolean()).isTrue();
        assertThat(ip.get("constraints").get(0).get("name").asText()).isEqualTo("Pattern");
        JsonNode service = hybrid(readModel(), "service");
        assertThat(service.get("backrefs").get(0).get("oneToOne").asBoolean()).isTrue();
    }

    @Test
    void metamodelPaths_buildTheFiltersOfTheStringForm() {
        assertThat(VDisk_.vpool.then(VPool_.name).eq("a")).isEqualTo(Filter.eq("vpool.name", "a"));
        assertThat(VDisk_.size.gt(5L)).isEqualTo(Filter.gt("size", 5L));
        assertThat(VDisk_.status.in(Set.of(VDisk.Status.RUNNING))).isEqualTo(Filter.in("status", Set.of(VDisk.Status.RUNNING)));
        assertThat(StorageDriver_.storagerouter.then(StorageRouter_.pmachine).then(PMachine_.ip).startsWith("10."))
                .isEqualTo(Filter.startsWith("storagerouter.pmachine.ip", "10."));
        assertThat(VDisk_.HYBRID).isEqualTo("vdisk");
        assertThat(MDSService_.HYBRID).isEqualTo("mdsservice");
    }

    private static JsonNode hybrid(JsonNode model, String name) {
        for (JsonNode h : model.get("hybrids")) {
            if (h.get("name").asText().equals(name)) {
                return h;
            }
        }
        throw new AssertionError("no hybrid " + name);
    }

    private JsonNode readModel() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/hybrid-dal/model.json")) {
            assertThat(in).as("model.json on the class path").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
