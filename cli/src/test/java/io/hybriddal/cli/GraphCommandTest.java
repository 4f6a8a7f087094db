package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.hybrids.VDisk;
import io.hybriddal.hybrids.VPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graph HYBRID:GUID --follow ...} on a file store holding one pool, its two volumes and a clone. */
class GraphCommandTest {

    @TempDir
    static Path dir;
    static String store;
    static VPool pool;
    static final List<VDisk> disks = new ArrayList<>();

    @BeforeAll
    static void seed() {
        store = "file:" + dir.resolve("store");
        try (Dal dal = Dal.builder().persistentStore(store).scan().build()) {
            pool = dal.create(VPool.class);
            pool.setName("pool-a");
            pool.save();
            for (int i = 0; i < 3; i++) {
                VDisk d = dal.create(VDisk.class);
                d.setName("disk-" + i);
                d.setDevicename("/vm/disk" + i + ".raw");
                d.setVolumeId("vol-" + i);
                d.setVpool(pool);
                d.setParentVdisk(i == 2 ? disks.get(0) : null);
                d.save();
                disks.add(d);
            }
        }
    }

    /** A vdisk's natural key is its devicename (its first unique property). */
    @Test
    void textListsTheObjectsByDepthWithTheirNaturalKeys_thenTheLinks() {
        Cli.Result r = Cli.run("graph", "--persistent", store, "vdisk:" + disks.get(2).getGuid(), "--follow", "vpool,vdisks", "--depth", "2");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("depth 0:");
        assertThat(lines.get(1)).contains("vdisk").contains("/vm/disk2.raw").contains(disks.get(2).getGuid());
        assertThat(lines.get(2)).isEqualTo("depth 1:");
        assertThat(lines.get(3)).contains("vpool").contains("pool-a");
        assertThat(lines.get(4)).isEqualTo("depth 2:");
        assertThat(lines.subList(5, 7)).allSatisfy(l -> assertThat(l).contains("vdisk")).anySatisfy(l -> assertThat(l).contains("/vm/disk0.raw"))
                .anySatisfy(l -> assertThat(l).contains("/vm/disk1.raw"));
        assertThat(lines.subList(7, lines.size())).containsExactlyInAnyOrder("links:",
                "  vdisk /vm/disk2.raw -vpool-> vpool pool-a", "  vdisk /vm/disk0.raw -vpool-> vpool pool-a",
                "  vdisk /vm/disk1.raw -vpool-> vpool pool-a");
    }

    @Test
    void svgDrawsTheGraphIntoTheFile() throws Exception {
        Path out = dir.resolve("graphs/pool.svg");

        Cli.Result r = Cli.run("graph", "--persistent", store, "vpool:" + pool.getGuid(), "--follow", "vdisks,parentVdisk",
                "--format", "svg", "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("graph: " + out).contains("4 objects, 4 links");
        String svg = Files.readString(out);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("vpool pool-a").contains(">vdisk disk-1</text>").endsWith("</svg>\n");
    }

    @Test
    void anUnknownFollowName_isAUsageError() {
        Cli.Result r = Cli.run("graph", "--persistent", store, "vpool:" + pool.getGuid(), "--follow", "vdisks,nosuch");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--follow nosuch").contains("not a relation or backref of vpool");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownObject_isAFailureNamingIt() {
        Cli.Result r = Cli.run("graph", "--persistent", store, "vpool:nosuch", "--follow", "vdisks");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("vpool nosuch is not in " + store);
    }
}
