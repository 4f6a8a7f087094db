package io.hybriddal.dal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hybriddal.dal.spi.KeyValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedKeysTest {

    /**
     * Segments chosen to sort just around '/' ('-', '.', '0'), to be prefixes of one another, to
     * share more than the eight chars a directory packs, and to hold chars beyond Latin-1.
     */
    private static final String[] SEGMENTS = {"", "a", "a-", "a.", "a0", "ab", "%2F", "%2Fx", "n1", "n10", "n1%2F", "z",
        "abcdefgh", "abcdefghi", "abcdefgh\u00e9", "\u00e9", "\u00ff", "\u0100", "\ud83d\ude00", "\uffff"};

    @Test
    void forEachFrom_visitsKeysInStringOrder_acrossDirectoriesAndSingleKeys() {
        Random random = new Random(42);
        Entries keys = new Entries();
        TreeSet<String> expected = new TreeSet<>();
        for (int i = 0; i < 5_000; i++) {
            String key = randomKey(random);
            if (random.nextInt(4) == 0 && expected.remove(key)) {
                keys.remove(key);
            } else if (expected.add(key)) {
                keys.add(key);
            }
        }
        assertEquals(List.copyOf(expected), visit(keys, "", true));
        for (int i = 0; i < 500; i++) {
            String from = randomKey(random);
            boolean inclusive = random.nextBoolean();
            assertEquals(List.copyOf(expected.tailSet(from, inclusive)), visit(keys, from, inclusive), from);
        }
    }

    @Test
    void forEachFrom_staysInOrder_whenOneDirectoryGrowsToManyChunksAndEmptiesAgain() {
        Random random = new Random(3);
        Entries keys = new Entries();
        TreeSet<String> expected = new TreeSet<>(List.of("i/h/f", "i/h/f0/x/y", "o/h/g"));
        expected.forEach(keys::add);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 40 * KeyChunks.MAX; i++) {
            String key = "i/h/f/v/n" + random.nextInt(1_000) + "/" + random.nextInt(100_000);
            if (expected.add(key)) {
                keys.add(key);
                added.add(key);
            }
        }
        assertEquals(List.copyOf(expected), visit(keys, "", true));
        assertEquals(List.copyOf(expected.tailSet("i/h/f/v/n5", true)), visit(keys, "i/h/f/v/n5", true));
        for (String key : added) {
            keys.remove(key);
        }
        assertEquals(List.of("i/h/f", "i/h/f0/x/y", "o/h/g"), visit(keys, "", true));
        assertEquals(List.of("i/h/f0/x/y", "o/h/g"), visit(keys, "i/h/f/", true));
    }

    @Test
    void forEachUnder_visitsExactlyTheKeysUnderThePrefix_fromTheStartKey_whateverItsDepth() {
        Random random = new Random(7);
        Entries keys = new Entries();
        TreeSet<String> expected = new TreeSet<>();
        for (int i = 0; i < 8_000; i++) {
            String key = crowdedKey(random);
            if (random.nextInt(3) == 0 && !expected.isEmpty()) {
                String gone = expected.ceiling(key) != null ? expected.ceiling(key) : expected.first();
                expected.remove(gone);
                keys.remove(gone); // directories of two keys go back to one as often as they grow
            } else if (expected.add(key)) {
                keys.add(key);
            }
            if (i % 100 == 0) {
                keys.sorted.checkConsistent();
            }
        }
        keys.sorted.checkConsistent();
        List<String> present = List.copyOf(expected);
        for (int i = 0; i < 4_000; i++) {
            String prefix = randomPrefix(random.nextBoolean() ? present.get(random.nextInt(present.size())) : crowdedKey(random), random);
            String from = random.nextBoolean() ? prefix : prefix + randomKey(random);
            if (random.nextInt(10) == 0) {
                from = prefix.isEmpty() ? "\uffff" : prefix.substring(0, prefix.length() - 1) + "\uffff"; // past the prefix
            }
            boolean inclusive = random.nextBoolean();
            List<String> want = expected.tailSet(from, inclusive).stream().takeWhile(k -> k.startsWith(prefix)).toList();
            List<String> seen = new ArrayList<>();
            keys.sorted.forEachUnder(prefix, from, inclusive, e -> e.key().startsWith(prefix) && seen.add(e.key()));
            assertEquals(want, seen, prefix + " from " + from);
        }
    }

    @Test
    void aDirectorysOnlyKey_isScannedWithItsCurrentEntry_beforeASecondKeyJoinsItAndAfterItLeaves() {
        Entries keys = new Entries();
        keys.add("i/h/p/v/g1");
        keys.replace("i/h/p/v/g1", 5);
        assertEquals(List.of("i/h/p/v/g1@5"), under(keys, "i/h/p/v/"));
        keys.add("i/h/p/v/g2");
        keys.sorted.checkConsistent();
        assertEquals(List.of("i/h/p/v/g1@5", "i/h/p/v/g2@1"), under(keys, "i/h/p/v/"));
        keys.replace("i/h/p/v/g1", 6);
        keys.remove("i/h/p/v/g2");
        keys.replace("i/h/p/v/g1", 7);
        keys.sorted.checkConsistent();
        assertEquals(List.of("i/h/p/v/g1@7"), under(keys, "i/h/p/v/"));
        assertEquals(List.of("i/h/p/v/g1@7"), under(keys, "i/h/p/"));
        keys.remove("i/h/p/v/g1");
        keys.sorted.checkConsistent();
        assertEquals(List.of(), under(keys, "i/"));
    }

    @Test
    void forEachFrom_includesOrExcludesTheStartKey_whetherItIsASingleKeyOrInADirectory() {
        Entries keys = new Entries();
        for (String key : List.of("o/vdisk/g1", "o/vdisk/g1/x", "i/vdisk/size/n1/g1", "i/vdisk/size/n1/g2", "i/vdisk/size")) {
            keys.add(key);
        }
        assertEquals(List.of("o/vdisk/g1", "o/vdisk/g1/x"), visit(keys, "o/vdisk/g1", true));
        assertEquals(List.of("o/vdisk/g1/x"), visit(keys, "o/vdisk/g1", false));
        assertEquals(List.of("i/vdisk/size/n1/g2", "o/vdisk/g1", "o/vdisk/g1/x"), visit(keys, "i/vdisk/size/n1/g1", false));
        assertEquals(List.of("i/vdisk/size", "i/vdisk/size/n1/g1", "i/vdisk/size/n1/g2", "o/vdisk/g1", "o/vdisk/g1/x"),
                visit(keys, "i/", true));
    }

    @Test
    void remove_dropsTheKey_fromADirectoryOrAlone_andIgnoresAbsentKeys() {
        Entries keys = new Entries();
        keys.add("i/h/f/v1/g");
        keys.add("i/h/g/v1/g");
        keys.remove("i/h/f/v1/g");
        keys.remove("i/h/f/v1/g");
        keys.remove("i/h/x/absent");
        keys.remove("absent");
        assertEquals(List.of("i/h/g/v1/g"), visit(keys, "", true));
        keys.add("i/h/f/v2/g");
        assertEquals(List.of("i/h/f/v2/g", "i/h/g/v1/g"), visit(keys, "i/h/", true));
    }

    @Test
    void forEachFrom_stopsWhenTheVisitorSaysSo() {
        Entries keys = new Entries();
        for (String key : List.of("a/b/c/1", "a/b/c/2", "a/b/d/1", "b")) {
            keys.add(key);
        }
        List<String> seen = new ArrayList<>();
        keys.sorted.forEachFrom("a/b/c/2", true, e -> seen.add(e.key()) && seen.size() < 2);
        assertEquals(List.of("a/b/c/2", "a/b/d/1"), seen);
    }

    @Test
    void forEachFrom_handsOutTheCurrentEntry_ofDirectoryKeysAndOfSingleKeys() {
        Entries keys = new Entries();
        for (String key : List.of("o/vdisk/g1", "i/vdisk/size/n1/g1", "i/vdisk/size/n2/g1")) {
            keys.add(key);
        }
        keys.replace("o/vdisk/g1", 7);
        keys.replace("i/vdisk/size/n2/g1", 8);
        List<String> seen = new ArrayList<>();
        keys.sorted.forEachFrom("", true, e -> seen.add(e.key() + "@" + e.modRevision()));
        assertEquals(List.of("i/vdisk/size/n1/g1@1", "i/vdisk/size/n2/g1@8", "o/vdisk/g1@7"), seen);
    }

    private static String randomKey(Random random) {
        return randomKey(random, 0);
    }

    /**
     * A key whose first four segments come from three, so that directories of one, two and many
     * keys are all frequent, followed by 0 to 2 random segments.
     */
    private static String crowdedKey(Random random) {
        return randomKey(random, 4);
    }

    /** 1 to 6 segments, the first {@code crowded} of them drawn from the first three segments only. */
    private static String randomKey(Random random, int crowded) {
        int segments = 1 + random.nextInt(6);
        StringBuilder key = new StringBuilder();
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                key.append('/');
            }
            key.append(SEGMENTS[random.nextInt(s < crowded ? 3 : SEGMENTS.length)]);
        }
        return key.toString();
    }

    /** The start of {@code key}, cut anywhere, so prefixes end inside segments and just after slashes. */
    private static String randomPrefix(String key, Random random) {
        return key.substring(0, random.nextInt(key.length() + 1));
    }

    private static List<String> under(Entries keys, String prefix) {
        List<String> seen = new ArrayList<>();
        keys.sorted.forEachUnder(prefix, prefix, true, e -> e.key().startsWith(prefix) && seen.add(e.key() + "@" + e.modRevision()));
        return seen;
    }

    private static List<String> visit(Entries keys, String from, boolean inclusive) {
        List<String> seen = new ArrayList<>();
        keys.sorted.forEachFrom(from, inclusive, e -> seen.add(e.key()));
        return seen;
    }

    /** The sorted keys and the hash map beside them, changed together as the store does. */
    private static final class Entries {
        final Map<String, KeyValue> values = new HashMap<>();
        final SortedKeys sorted = new SortedKeys(values::get);

        void add(String key) {
            KeyValue entry = new KeyValue(key, new byte[0], 1, 1);
            values.put(key, entry);
            sorted.add(entry);
        }

        void replace(String key, long revision) {
            KeyValue entry = new KeyValue(key, new byte[0], revision, 1);
            values.put(key, entry);
            sorted.replace(entry);
        }

        void remove(String key) {
            values.remove(key);
            sorted.remove(key);
        }
    }
}
