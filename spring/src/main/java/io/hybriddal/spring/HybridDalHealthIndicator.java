package io.hybriddal.spring;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalAdmin;
import io.hybriddal.dal.NearCacheStatus;
import io.hybriddal.dal.spi.PersistentStore;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The health of a {@link Dal} (Actuator component {@code hybridDal}): UP when its persistent store
 * answers a read of its current revision and its near cache's watch is live (or the near cache is
 * disabled); DOWN when the store cannot be reached, the watch is interrupted (every read then goes
 * to the store) or the Dal is closed. Details: the store's namespace and revision, the watch's state
 * and last revision, the near cache's size and its lag (own commits to their watch events: mean and
 * max in ms, once measured). The volatile store is not checked: the Dal works without it. Each
 * call reads the store once; thread-safe.
 */
public class HybridDalHealthIndicator implements HealthIndicator {

    private final Dal dal;

    public HybridDalHealthIndicator(Dal dal) {
        this.dal = Objects.requireNonNull(dal, "dal");
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown();
        try {
            DalAdmin admin = dal.admin();
            PersistentStore store = admin.persistentStore();
            health.withDetail("namespace", store.namespace());
            health.withDetail("revision", store.currentRevision());
            Optional<NearCacheStatus> nearCache = admin.nearCache();
            if (nearCache.isEmpty()) {
                return health.withDetail("nearCache", "disabled").up().build();
            }
            NearCacheStatus near = nearCache.get();
            health.withDetail("watch", near.watchLive() ? "live" : "interrupted")
                    .withDetail("watchRevision", near.lastRevision())
                    .withDetail("nearCacheSize", near.size());
            if (near.lagMeanMs() != null) {
                health.withDetail("nearCacheLagMeanMs", near.lagMeanMs()).withDetail("nearCacheLagMaxMs", near.lagMaxMs());
            }
            return (near.watchLive() ? health.up() : health.down()).build();
        } catch (RuntimeException e) {
            return health.down(e).build();   // unreachable store (StoreException), or a closed Dal (IllegalStateException)
        }
    }
}
