package io.hybriddal.dal;

import java.time.Duration;
import java.time.Instant;

/**
 * The last plan applied to a store ({@link DalAdmin#lastAppliedPlan()}), as recorded with its
 * final commit.
 *
 * @param id       the plan's id
 * @param finished when its last commit was made
 * @param creates  objects created
 * @param updates  objects updated
 * @param deletes  objects deleted
 * @param commits  store commits of the data (more than 1 when written in batches)
 * @param duration from the start of apply (or resume) to the last commit
 */
public record AppliedPlan(String id, Instant finished, int creates, int updates, int deletes, int commits, Duration duration) {
}
