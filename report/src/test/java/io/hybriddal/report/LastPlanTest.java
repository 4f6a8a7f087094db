package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Design;
import io.hybriddal.hybrids.Domain;
import org.junit.jupiter.api.Test;

class LastPlanTest {

    @Test
    void theStoresSectionShowsTheLastAppliedPlan_orNone() {
        try (Fixture fixture = new Fixture("plain")) {
            String before = ReportGenerator.html(ReportGenerator.collect(fixture.dal, ReportOptions.defaults()));
            Domain domain = fixture.dal.create(Domain.class);
            domain.setName("<rack-z>");
            fixture.dal.plan(Design.of(domain)).apply();

            ReportData data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());
            String html = ReportGenerator.html(data);

            assertThat(before).contains("<th>last applied plan</th><td>none</td>");
            assertThat(html).contains("<th>last applied plan</th>").contains(": 1 created, 0 updated, 0 deleted in 1 commit, ");
            assertThat(data.store().lastPlan().creates()).isEqualTo(1);
            assertThat(ReportGenerator.json(data)).contains("\"lastPlan\" : {", "\"creates\" : 1");
        }
    }
}
