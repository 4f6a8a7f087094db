package io.hybriddal.dal.memory;

import io.hybriddal.dal.spi.KeyValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The memory store's keys in order, for prefix scans, split into directories so that a write
 * searches a small set instead of every key: a key's directory is the key up to and including its
 * {@value #DEPTH}th {@code '/'} (e.g. {@code i/vdisk/size/n20/}: the index entries of one value,
 * or {@code r/vpool/<guid>/vdisks/}: the reverse entries of one target), and a key with fewer
 * slashes (e.g. {@code o/vdisk/<guid>}) is a directory of its own, as is the only key of a
 * directory (an index entry of a value no other object has). Ordering directories by name and
 * keys within one directory by name is exactly the order of the keys as strings: two different
 * directories differ before either ends, or the shorter is a whole key with fewer slashes, which
 * sorts before every key it starts. A directory of several keys is found by a hash lookup, so a
 * write to it compares keys only within it, kept in {@link KeyChunks} with each key's entry.
 * A key that is a directory of its own is kept as a name alone and its entry looked up when a
 * scan reaches it: rewriting such a key (an object's document, the most frequent write) then
 * touches no ordered structure, where replacing it in the tree of names would compare strings.
 * Adding or removing one (a create, or the only entry of an index value) searches the tree: an
 * index of distinct values costs a tree entry per key, not a directory, and each of its writes a
 * search of the tree, as does a lookup of a value with one entry or none.
 *
 * <p>Not thread-safe: the store changes it under its write lock and scans it under its read lock.
 */
final class SortedKeys {

    /**
     * Slashes that end a directory: {@code <kind>/<hybrid>/<field or target>/<value or backref>/}.
     * At this depth an index lookup or a backref scans one small directory found by hash; at 3 it
     * searched the whole index of a field (100,000 keys) and touched some 30 keys' lines doing so.
     */
    static final int DEPTH = 4;
    /** Stands for a key that is a directory of its own. */
    private static final KeyChunks SINGLE = new KeyChunks(0);

    /** Directories of several keys by name, and keys that are directories of their own, in order. */
    private final TreeMap<String, KeyChunks> directories = new TreeMap<>();
    /** The directories of several keys; a directory named nowhere here holds one key or none. */
    private final Map<String, KeyChunks> byName = new HashMap<>();
    private final Function<String, KeyValue> singles;

    /** @param singles the current entry of a key that is a directory of its own, read when a scan reaches it */
    SortedKeys(Function<String, KeyValue> singles) {
        this.singles = Objects.requireNonNull(singles, "singles");
    }

    /** Adds {@code entry}; its key must not be present. */
    void add(KeyValue entry) {
        String key = entry.key();
        int end = directoryEnd(key);
        if (end < 0) {
            directories.put(key, SINGLE);
            return;
        }
        String name = key.substring(0, end);
        KeyChunks keys = byName.get(name);
        if (keys == null) {
            String only = onlyKey(name);
            if (only == null) {
                directories.put(key, SINGLE);
                return;
            }
            // the directory's second key: both move into a directory of their own
            directories.remove(only);
            keys = new KeyChunks(end);
            keys.put(singles.apply(only));
            byName.put(name, keys);
            directories.put(name, keys);
        }
        keys.put(entry);
    }

    /** Replaces the entry of a present key with {@code entry}. */
    void replace(KeyValue entry) {
        String key = entry.key();
        int end = directoryEnd(key);
        KeyChunks keys = end < 0 ? null : byName.get(key.substring(0, end));
        if (keys != null) {
            keys.put(entry);
        }
    }

    /** Removes {@code key} if present; a directory left with one key becomes that key alone. */
    void remove(String key) {
        int end = directoryEnd(key);
        KeyChunks keys = end < 0 ? null : byName.get(key.substring(0, end));
        if (keys == null) {
            directories.remove(key);
            return;
        }
        keys.remove(key);
        String only = keys.onlyKey();
        if (only != null) {
            String name = key.substring(0, end);
            byName.remove(name);
            directories.remove(name);
            directories.put(only, SINGLE);
        }
    }

    /**
     * Like {@link #forEachFrom}, for a visitor that stops at the first key not starting with
     * {@code prefix}, which {@code from} must not sort before. A prefix with at least
     * {@value #DEPTH} slashes names the one directory every key it starts lies in (a key with
     * fewer slashes cannot start it), so only that directory is searched, found by hash; or, when
     * it holds one key or none, the tree.
     */
    void forEachUnder(String prefix, String from, boolean inclusive, Predicate<KeyValue> visitor) {
        int end = directoryEnd(prefix);
        if (end < 0) {
            forEachFrom(from, inclusive, visitor);
            return;
        }
        String name = prefix.substring(0, end);
        if (!from.startsWith(name)) {
            return; // a from outside the directory sorts after all of it, since it does not sort before the prefix
        }
        KeyChunks keys = byName.get(name);
        if (keys != null) {
            keys.forEachFrom(from, inclusive, visitor);
            return;
        }
        String only = onlyKey(name);
        if (only != null && isFrom(only, from, inclusive)) {
            visitor.test(singles.apply(only));
        }
    }

    /**
     * Hands the entries from key {@code from} on (including it when {@code inclusive}), in order,
     * to {@code visitor} until it returns {@code false} or the entries run out.
     */
    void forEachFrom(String from, boolean inclusive, Predicate<KeyValue> visitor) {
        int end = directoryEnd(from);
        String first = end < 0 ? from : from.substring(0, end);
        for (Map.Entry<String, KeyChunks> directory : directories.tailMap(first, true).entrySet()) {
            KeyChunks keys = directory.getValue();
            if (keys == SINGLE) {
                // the only key of from's directory follows its name, and may still sort before from
                String key = directory.getKey();
                if (isFrom(key, from, inclusive) && !visitor.test(singles.apply(key))) {
                    return;
                }
                continue;
            }
            if (!keys.forEachFrom(directory.getKey().equals(first) ? from : null, inclusive, visitor)) {
                return;
            }
        }
    }

    /**
     * The key of directory {@code name}, which {@link #byName} does not hold, when it has one (kept
     * as a single: the only entry of the tree that starts with the name), else null.
     */
    private String onlyKey(String name) {
        String next = directories.ceilingKey(name);
        return next != null && next.startsWith(name) ? next : null;
    }

    /**
     * Checks that every directory in the tree holds at least two keys and is found by name, and
     * that no two single keys share a directory of {@value #DEPTH} slashes that has none: for tests.
     *
     * @throws IllegalStateException naming what does not hold
     */
    void checkConsistent() {
        String lastLoneDirectory = null;
        int named = 0;
        for (Map.Entry<String, KeyChunks> e : directories.entrySet()) {
            String key = e.getKey();
            if (e.getValue() != SINGLE) {
                named++;
                if (byName.get(key) != e.getValue() || e.getValue().isEmpty() || e.getValue().onlyKey() != null) {
                    throw new IllegalStateException("directory " + key + " has fewer than two keys or is not found by name");
                }
                continue;
            }
            int end = directoryEnd(key);
            String directory = end < 0 ? null : key.substring(0, end);
            if (directory != null && (directory.equals(lastLoneDirectory) || byName.containsKey(directory))) {
                throw new IllegalStateException("key " + key + " is a single but not the only key of its directory");
            }
            lastLoneDirectory = directory;
        }
        if (named != byName.size()) {
            throw new IllegalStateException(byName.size() + " directories by name, " + named + " in the tree");
        }
    }

    private static boolean isFrom(String key, String from, boolean inclusive) {
        int order = key.compareTo(from);
        return order > 0 || order == 0 && inclusive;
    }

    /** Index just past the {@value #DEPTH}th {@code '/'} of {@code key}, or -1 if it has fewer. */
    private static int directoryEnd(String key) {
        int at = -1;
        for (int slash = 0; slash < DEPTH; slash++) {
            at = key.indexOf('/', at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at + 1;
    }
}
