package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.hybrids.VDisk;
import io.hybriddal.hybrids.VMachine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The objects tables as an operator reads them: targets by name, sizes in units, every listed row in the page. */
class ObjectTableTest {

    static final String EVIL = "<img src=x onerror=alert(1)>\"'&";
    static Fixture fixture;
    static VMachine bare;
    static ReportData data;
    static String html;

    @BeforeAll
    static void generate() {
        fixture = new Fixture("vm-1");
        fixture.machine.setHypervisorId(EVIL); // the machine's natural key: shown in its volumes' rows
        fixture.machine.save();
        VDisk first = fixture.disks.get(0);
        first.setSize(5L * 1024 * 1024 * 1024 + 512L * 1024 * 1024); // 5.5 GiB
        first.save();
        bare = fixture.dal.create(VMachine.class); // no hypervisor id: no natural key to show
        bare.setName("vm-2");
        bare.save();
        for (int i = 3; i < 40; i++) {
            VDisk d = fixture.dal.create(VDisk.class);
            d.setName("disk-" + i);
            d.setDevicename("/vm/disk" + i + ".raw");
            d.setVpool(fixture.pool);
            if (i == 4) {
                d.setVmachine(bare);
            }
            d.save();
        }
        data = ReportGenerator.collect(fixture.dal, ReportOptions.defaults());
        html = ReportGenerator.html(data);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static String rowOf(String hybrid, String guid) {
        int start = html.indexOf("<tr id=\"" + Html.objectAnchor(hybrid, guid) + "\"");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void aRelationColumnShowsTheTargetsNaturalKeyWithItsGuidInTheTooltip() {
        LiveData.HybridObjects vdisks = ReportContentTest.find(data.objects(), "vdisk");
        assertThat(vdisks.objects()).allSatisfy(row -> assertThat(row.relations().get("vpool").key()).isEqualTo("pool-a"));

        String row = rowOf("vdisk", fixture.disks.get(1).getGuid());
        assertThat(row).contains("title=\"vpool " + fixture.pool.getGuid() + "\">pool-a</a>")
                .contains("href=\"#" + Html.objectAnchor("vpool", fixture.pool.getGuid()) + "\"");
    }

    @Test
    void aNaturalKeyThatIsMarkupIsEscapedInTheCellAndInItsSortKey() {
        String row = rowOf("vdisk", fixture.disks.get(1).getGuid());
        String escaped = Html.escape(EVIL);
        assertThat(row).contains("data-sort=\"" + escaped + "\"").contains(">" + escaped + "</a>");
        assertThat(html).doesNotContain(EVIL).doesNotContain("<img");
    }

    @Test
    void anUnsetRelationIsAnEmptyCellAndEveryTargetHybridIsNamedByItsOwnKey() {
        LiveData.ObjectRow unattached = ReportContentTest.find(data.objects(), "vdisk").objects().stream()
                .filter(r -> r.properties().get("name").asText().equals("disk-3")).findFirst().orElseThrow();
        assertThat(rowOf("vdisk", unattached.guid())).contains("<td class=\"ref\"></td>"); // vmachine unset
        LiveData.HybridObjects drivers = ReportContentTest.find(data.objects(), "storagedriver");
        // a driver's router is named by its natural key (the host name)
        assertThat(drivers.objects().get(0).relations().get("storagerouter").key()).isEqualTo("node-1");
        assertThat(ReportContentTest.find(data.objects(), "vdisk").objects())
                .filteredOn(r -> r.relations().get("vmachine").guid() == null)
                .allSatisfy(r -> assertThat(r.relations().get("vmachine").key()).isNull());
    }

    @Test
    void aTargetHoldingNoKeyShowsAShortGuidWithTheFullOneInTheTooltip() {
        String guid = bare.getGuid();
        String shortGuid = guid.substring(0, 8) + "\u2026";
        assertThat(html).contains("<td class=\"ref guid\" data-sort=\"" + shortGuid + "\"><a href=\"#"
                + Html.objectAnchor("vmachine", guid) + "\" title=\"vmachine " + guid + "\">" + shortGuid + "</a>");
    }

    @Test
    void theTargetsOfAPageAreLoadedTogetherOnePerTargetHybrid() {
        NeighbourhoodLoadingTest.RecordingStore store = new NeighbourhoodLoadingTest.RecordingStore(fixture.store);
        try (Dal dal = Dal.builder().persistentStore(store).scan().nearCacheSize(0).build()) {
            LiveObjects.collect(dal, 200, ReportGenerator.mapper(), e -> {
                throw e;
            });
        }
        assertThat(store.singleReads).noneMatch(key -> key.startsWith("o/"));
        // the pool is read for its own page, once for the 40 volumes naming it and once for the driver naming it
        assertThat(store.multiReads).filteredOn(keys -> keys.contains("o/vpool/" + fixture.pool.getGuid()))
                .hasSize(3).allSatisfy(keys -> assertThat(keys).hasSize(1));
        // likewise the two machines: read together, for their own page and for the volumes' page
        assertThat(store.multiReads).filteredOn(keys -> keys.contains("o/vmachine/" + fixture.machine.getGuid()))
                .hasSize(2).allSatisfy(keys -> assertThat(keys).hasSize(2));
    }

    @Test
    void aSizeShowsInBinaryUnitsWithTheExactValueInTheTooltipAndSortsByIt() {
        String row = rowOf("vdisk", fixture.disks.get(0).getGuid());
        assertThat(row).contains("<td class=\"num size\" data-sort=\"5905580032\" title=\"5,905,580,032 bytes\">5.50 GiB</td>");
        String other = rowOf("vdisk", fixture.disks.get(1).getGuid());
        assertThat(other).contains("data-sort=\"0\" title=\"0 bytes\">0 B</td>");
    }

    @Test
    void bytesAreWrittenWithThreeSignificantDigitsInBinaryUnits() {
        assertThat(ByteSizes.human(0)).isEqualTo("0 B");
        assertThat(ByteSizes.human(1023)).isEqualTo("1023 B");
        assertThat(ByteSizes.human(1536)).isEqualTo("1.50 KiB");
        assertThat(ByteSizes.human(4096)).isEqualTo("4.00 KiB");
        assertThat(ByteSizes.human(377_957_122_048L)).isEqualTo("352 GiB");
        assertThat(ByteSizes.human(4_294_967_296_000L)).isEqualTo("3.91 TiB");
        assertThat(ByteSizes.human(-2048)).isEqualTo("-2.00 KiB");
        assertThat(ByteSizes.human(Long.MAX_VALUE)).isEqualTo("8.00 EiB");
    }

    @Test
    void onlyLongPropertiesNamedLikeSizesAreSizes() {
        assertThat(ByteSizes.isSize("size", "long")).isTrue();
        assertThat(ByteSizes.isSize("clusterSize", "Long")).isTrue();
        assertThat(ByteSizes.isSize("usedBytes", "long")).isTrue();
        assertThat(ByteSizes.isSize("capacity", "long")).isTrue();
        assertThat(ByteSizes.isSize("capacity", "int")).as("an MDS's capacity counts volumes").isFalse();
        assertThat(ByteSizes.isSize("sizeLimit", "long")).isFalse();
        assertThat(ByteSizes.isSize("size", "String")).isFalse();
    }

    @Test
    void everyListedObjectIsInThePageSoItReadsWithoutScripts() {
        LiveData.HybridObjects vdisks = ReportContentTest.find(data.objects(), "vdisk");
        assertThat(vdisks.objects()).hasSize(40);
        assertThat(ReportContentTest.count(html, "<tr id=\"obj-vdisk-")).isEqualTo(40);
        assertThat(html).doesNotContain("style=\"display");
    }

    @Test
    void aHybridWithMoreObjectsThanListedSaysHowManyAreListed() {
        ReportData few = ReportGenerator.collect(fixture.dal, ReportOptions.defaults().withObjectsPerHybrid(25));
        String page = ReportGenerator.html(few);
        assertThat(page).contains("(40 stored; the first 25 by guid are listed)");
        // a target not listed links to its hybrid's section, not to a row that is not there
        assertThat(page).doesNotContain("href=\"#" + Html.objectAnchor("vdisk", "")).contains("href=\"#hybrid-vpool\"")
                .contains("href=\"#" + Html.objectAnchor("vpool", fixture.pool.getGuid()) + "\"");
    }
}
