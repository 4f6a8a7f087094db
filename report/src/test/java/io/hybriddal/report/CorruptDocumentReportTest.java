package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A corrupt document does not stop the report: the rest is shown, the document is named and counted. */
class CorruptDocumentReportTest {

    Fixture fixture;
    String poolKey;

    @BeforeEach
    void aPoolWhoseNameIsANumber() {
        fixture = new Fixture("vm-1");
        poolKey = "o/vpool/" + fixture.pool.getGuid();
        fixture.store.commit(Commit.builder().put(poolKey, "{\"_v\":1,\"name\":5}".getBytes(StandardCharsets.UTF_8)).build());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theReportShowsTheOtherObjects_andNamesTheCorruptPoolInItsNotesAndConsistencyCheck() {
        ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());

        assertThat(data.consistency().count("corrupt-document")).isEqualTo(1);
        assertThat(data.consistency().examples()).anySatisfy(issue -> assertThat(issue.key()).isEqualTo(poolKey));
        assertThat(data.notes()).anySatisfy(note -> assertThat(note).contains("1 corrupt document was left out", poolKey));
        assertThat(data.objects()).filteredOn(h -> h.hybrid().equals("vpool")).singleElement()
                .satisfies(h -> assertThat(h.objects()).isEmpty());
        assertThat(data.objects()).filteredOn(h -> h.hybrid().equals("vdisk")).singleElement()
                .satisfies(h -> assertThat(h.objects()).hasSize(fixture.disks.size())
                        .allSatisfy(row -> assertThat(row.relations().get("vpool").key()).isNull()));
    }
}
