package io.hybriddal.dal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hybriddal.dal.spi.KeyValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeyChunksTest {

    private static final String DIRECTORY = "i/h/f/";
    /** Chars around the packing's edges: '/', the 0xFF cut-off, surrogates, the largest char, NUL. */
    private static final char[] CHARS = {'\0', '%', '/', '0', '2', 'F', 'a', 'b', '\u00e9', '\u00fe', '\u00ff', '\u0100',
        '\ud83d', '\ude00', '\uffff'};
    /** Shared beginnings longer than the eight packed chars, so packed longs tie often. */
    private static final String[] STEMS = {"", "n1", "n10", "n1%2F", "sabcdefgh", "sabcdefghi", "s\u00e9\u00e9\u00e9", "\u00ff\u00ff"};

    @Test
    void scansStayInStringOrder_whileManyAddsSplitChunksAndManyRemovesMergeThem() {
        Random random = new Random(7);
        KeyChunks keys = new KeyChunks(DIRECTORY.length());
        TreeSet<String> expected = new TreeSet<>();
        for (int i = 0; i < 20_000; i++) {
            String key = randomKey(random);
            expected.add(key);
            keys.put(entry(key));
        }
        assertTrue(expected.size() > 50 * KeyChunks.MAX, "enough keys for many chunks");
        assertScansMatch(keys, expected, random);
        List<String> order = new ArrayList<>(expected);
        Collections.shuffle(order, random);
        for (String key : order.subList(0, order.size() - 100)) {
            keys.remove(key);
            expected.remove(key);
            if (expected.size() % 2_000 == 0) {
                assertScansMatch(keys, expected, random);
            }
        }
        assertScansMatch(keys, expected, random);
        for (int i = 0; i < 20_000; i++) {
            String key = randomKey(random);
            if (random.nextBoolean()) {
                keys.put(entry(key));
                expected.add(key);
            } else {
                keys.remove(key);
                expected.remove(key);
            }
        }
        assertScansMatch(keys, expected, random);
        for (String key : List.copyOf(expected)) {
            keys.remove(key);
        }
        assertTrue(keys.isEmpty());
        assertEquals(List.of(), visit(keys, null, true));
    }

    @Test
    void putAndRemove_keepOneEntryPerKey_andIgnoreAbsentKeys() {
        KeyChunks keys = new KeyChunks(DIRECTORY.length());
        keys.remove(DIRECTORY + "x");
        keys.put(entry(DIRECTORY + "x"));
        keys.put(entry(DIRECTORY + "x"));
        keys.remove(DIRECTORY + "y");
        assertEquals(List.of(DIRECTORY + "x"), visit(keys, null, true));
        keys.remove(DIRECTORY + "x");
        assertTrue(keys.isEmpty());
    }

    @Test
    void forEachFrom_reportsWhetherTheVisitorStoppedIt() {
        KeyChunks keys = new KeyChunks(DIRECTORY.length());
        for (int i = 0; i < 3 * KeyChunks.MAX; i++) {
            keys.put(entry(DIRECTORY + i));
        }
        List<String> seen = new ArrayList<>();
        assertFalse(keys.forEachFrom(DIRECTORY + "199", false, e -> seen.add(e.key()) && seen.size() < 3));
        assertEquals(List.of(DIRECTORY + "2", DIRECTORY + "20", DIRECTORY + "200"), seen);
        assertTrue(keys.forEachFrom(DIRECTORY + "99", true, e -> true));
    }

    @Test
    void put_replacesThePresentKeysEntry_inEveryChunk_andScansHandOutTheNewOne() {
        KeyChunks keys = new KeyChunks(DIRECTORY.length());
        int n = 5 * KeyChunks.MAX;
        for (int i = 0; i < n; i++) {
            keys.put(entry(DIRECTORY + i, 1));
        }
        for (int i = 0; i < n; i += 5) {
            keys.put(entry(DIRECTORY + i, 2));
        }
        for (int i = 0; i < n; i++) {
            if (i % 5 >= 2) {
                keys.remove(DIRECTORY + i); // 3 in 5 go: chunks shift, fall under a quarter full and merge or borrow
            }
        }
        List<KeyValue> seen = new ArrayList<>();
        keys.forEachFrom(null, true, seen::add);
        assertEquals(2 * n / 5, seen.size());
        for (KeyValue e : seen) {
            int i = Integer.parseInt(e.key().substring(DIRECTORY.length()));
            assertEquals(i % 5 == 0 ? 2 : 1, e.modRevision(), e.key());
        }
    }

    @Test
    void pack_neverContradictsStringOrder_forAnyChars() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String a = randomKey(random);
            String b = random.nextInt(4) == 0 ? a + CHARS[random.nextInt(CHARS.length)] : randomKey(random);
            long packedA = KeyChunks.pack(a, DIRECTORY.length());
            long packedB = KeyChunks.pack(b, DIRECTORY.length());
            if (packedA != packedB) {
                assertEquals(Long.signum(Long.compare(packedA, packedB)), Integer.signum(a.compareTo(b)), a + " vs " + b);
            }
        }
    }

    private static void assertScansMatch(KeyChunks keys, TreeSet<String> expected, Random random) {
        assertEquals(List.copyOf(expected), visit(keys, null, true));
        for (int i = 0; i < 200; i++) {
            String from = random.nextInt(3) == 0 && !expected.isEmpty() ? expected.ceiling(randomKey(random)) : randomKey(random);
            if (from == null) {
                from = DIRECTORY;
            }
            boolean inclusive = random.nextBoolean();
            List<String> tail = new ArrayList<>(expected.tailSet(from, inclusive));
            List<String> seen = visit(keys, from, inclusive);
            assertEquals(tail, seen, from);
        }
    }

    private static String randomKey(Random random) {
        StringBuilder key = new StringBuilder(DIRECTORY).append(STEMS[random.nextInt(STEMS.length)]);
        for (int n = random.nextInt(12); n > 0; n--) {
            key.append(CHARS[random.nextInt(CHARS.length)]);
        }
        return key.toString();
    }

    private static List<String> visit(KeyChunks keys, String from, boolean inclusive) {
        List<String> seen = new ArrayList<>();
        keys.forEachFrom(from, inclusive, e -> seen.add(e.key()));
        return seen;
    }

    private static KeyValue entry(String key) {
        return entry(key, 1);
    }

    private static KeyValue entry(String key, long revision) {
        return new KeyValue(key, new byte[0], revision, 1);
    }
}
