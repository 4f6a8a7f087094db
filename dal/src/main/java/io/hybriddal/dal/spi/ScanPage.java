package io.hybriddal.dal.spi;

import java.util.List;

/**
 * One page of a prefix scan, in ascending key order.
 *
 * @param entries the entries of this page
 * @param more    whether keys after the last entry of this page may still match
 */
public record ScanPage(List<KeyValue> entries, boolean more) {

    public ScanPage {
        entries = List.copyOf(entries);
    }

    /** The key to pass as {@code startAfter} for the next page, or {@code null} if the page is empty. */
    public String lastKey() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).key();
    }
}
