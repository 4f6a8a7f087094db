package io.hybriddal.dal.internal.write;

/**
 * Bounds of the write path, from the builder.
 *
 * @param maxSaveAttempts  commits tried before a {@code RaceConditionException}
 * @param maxDocumentBytes the largest document a save writes (checked before the store sees it)
 */
public record WriteLimits(int maxSaveAttempts, int maxDocumentBytes) {
}
