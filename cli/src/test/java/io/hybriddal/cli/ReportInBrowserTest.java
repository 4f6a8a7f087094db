package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's report rendered by headless Chromium: diagram and tables in the DOM, no script error. */
class ReportInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theDemoReportRendersInChromiumWithoutScriptErrors() throws Exception {
        if (!Chromium.available()) {
            String why = "chromium is not installed at " + Chromium.BINARY + " (apt-get install chromium)";
            if ("1".equals(System.getenv("HYBRIDDAL_REQUIRE_SERVERS"))) {
                throw new AssertionError(why + ", and HYBRIDDAL_REQUIRE_SERVERS=1 requires it");
            }
            Assumptions.abort(why + "; skipping the browser test");
        }
        Path report = dir.resolve("report.html");
        Cli.Result demo = Cli.run("demo", "--dir", dir.resolve("store").toString(), "--objects", "400", "--out", report.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        Path profile = Files.createDirectories(dir.resolve("profile"));

        String dom = Chromium.dumpDom(report, profile);

        assertThat(dom).contains("data-report-ready=\"true\"");
        assertThat(dom).contains("data-js-errors=\"0\"").doesNotContain("data-js-error-list=\"");
        assertThat(dom).contains("<svg").contains("id=\"model-diagram\"").contains("id=\"neighbourhood-graph\"");
        assertThat(dom).contains("<table class=\"objects\"").contains("<table class=\"dynamics\"").contains("<table class=\"properties\"");
        assertThat(dom).contains("class=\"filter\""); // added by the page's script: it ran
    }
}
