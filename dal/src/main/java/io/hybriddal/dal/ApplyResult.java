package io.hybriddal.dal;

import java.time.Duration;
import java.util.List;

/**
 * What {@link Plan#apply()} (or {@link PendingPlan#resume()}) did.
 *
 * @param applied  the steps written, in order
 * @param commits  the store commits of the data (1 unless the plan was written in batches)
 * @param duration from the start of apply to the last commit
 */
public record ApplyResult(List<PlanStep> applied, int commits, Duration duration) {

    public ApplyResult {
        applied = List.copyOf(applied);
    }
}
