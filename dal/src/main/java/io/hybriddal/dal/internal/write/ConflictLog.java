package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.ConflictPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells of every field a conflict policy decided in a committed save (a field changed both here
 * and in the store since the instance loaded it): the counter {@code hybriddal.conflicts.decided}
 * tagged with hybrid, field and policy, and one INFO line naming hybrid, guid, field and the side
 * that won. Under {@code LOCAL_WINS} and {@code STORE_WINS} the other side's change is dropped, so
 * a read-modify-write (an increment) is lost; this is how that loss is never silent.
 * <p>
 * INFO, not WARN: the loss is what the configured policy promises, not a fault of the library or
 * the store, and under contention it happens on every save, so WARN would flood logs that are
 * watched for faults. INFO is on in the usual default configurations, and the counter (cheap,
 * tagged) is what to alert on. Decisions are reported once the commit succeeded: an attempt that
 * is retried after a failed guard decides again and only the committed decision counts.
 */
final class ConflictLog {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictLog.class);
    static final String METER = "hybriddal.conflicts.decided";

    private final MeterRegistry meters;

    ConflictLog(MeterRegistry meters) {
        this.meters = meters;
    }

    /** One field decided by {@code policy} (LOCAL_WINS or STORE_WINS) in a committed save. */
    void decided(String hybrid, String guid, String field, ConflictPolicy policy) {
        Counter.builder(METER)
                .description("fields changed both locally and in the store, decided by the conflict policy (one side's change dropped)")
                .tag("hybrid", hybrid).tag("field", field).tag("policy", policy.name())
                .register(meters).increment();
        LOG.info("save of {} '{}': field '{}' was changed here and in the store since it was loaded; {} kept the {} value"
                        + " and dropped the other (use ConflictPolicy.RAISE for read-modify-write)",
                hybrid, guid, field, policy, policy == ConflictPolicy.LOCAL_WINS ? "local" : "stored");
    }
}
