package io.hybriddal.dal.spi;

/**
 * One key changed by a commit, as delivered to a {@link WatchListener}.
 *
 * @param key           the key
 * @param value         the new value, or {@code null} when the key was deleted
 * @param previousValue the value before the commit, or {@code null} when the key was created
 *                      (or the store could not tell)
 * @param revision      the revision of the commit
 */
public record KeyChange(String key, byte[] value, byte[] previousValue, long revision) {

    public boolean isDelete() {
        return value == null;
    }
}
