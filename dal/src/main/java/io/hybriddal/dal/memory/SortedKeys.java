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
 * {@value #DEPTH}rd {@code '/'} (e.g. {@code i/vdisk/size/}: one index of one hybrid), and a key
 * with fewer slashes (e.g. {@code o/vdisk/<guid>}) is a directory of its own. Ordering directories
 * by name and keys within one directory by name is exactly the order of the keys as strings: two
 * different directories differ before either ends, or the shorter is a whole key with fewer
 * slashes, which sorts before every key it starts. A directory is found by a hash lookup, so a
 * write compares keys only within its directory, kept in {@link KeyChunks} with each key's entry.
 * A key that is a directory of its own is kept as a name alone and its entry looked up when a
 * scan reaches it: rewriting such a key (an object's document, the most frequent write) then
 * touches no ordered structure, where replacing it in the tree of names would compare strings.
 *
 * <p>Not thread-safe: the store changes it under its write lock and scans it under its read lock.
 */
final class SortedKeys {

    /** Slashes that end a directory: {@code <kind>/<hybrid>/<field or target>/}. */
    static final int DEPTH = 3;
    /** Stands for a directory that is one key (fewer than {@link #DEPTH} slashes). */
    private static final KeyChunks SINGLE = new KeyChunks(0);

    private final TreeMap<String, KeyChunks> directories = new TreeMap<>();
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
            keys = new KeyChunks(end);
            byName.put(name, keys);
            directories.put(name, keys);
        }
        keys.put(entry);
    }

    /** Replaces the entry of a present key with {@code entry}. */
    void replace(KeyValue entry) {
        String key = entry.key();
        int end = directoryEnd(key);
        if (end >= 0) {
            byName.get(key.substring(0, end)).put(entry);
        }
    }

    /** Removes {@code key} if present; a directory left empty goes too. */
    void remove(String key) {
        int end = directoryEnd(key);
        if (end < 0) {
            directories.remove(key);
            return;
        }
        String name = key.substring(0, end);
        KeyChunks keys = byName.get(name);
        if (keys == null) {
            return;
        }
        keys.remove(key);
        if (keys.isEmpty()) {
            byName.remove(name);
            directories.remove(name);
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
                String key = directory.getKey();
                if ((inclusive || !key.equals(from)) && !visitor.test(singles.apply(key))) {
                    return;
                }
                continue;
            }
            if (!keys.forEachFrom(directory.getKey().equals(first) ? from : null, inclusive, visitor)) {
                return;
            }
        }
    }

    /** Index just past the {@value #DEPTH}rd {@code '/'} of {@code key}, or -1 if it has fewer. */
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
