package io.hybriddal.spring;

import io.hybriddal.dal.ConflictPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code hybriddal.*} properties of the auto-configured {@link io.hybriddal.dal.Dal}. Defaults are
 * those of {@link io.hybriddal.dal.DalBuilder}. Bound once, at start-up.
 */
@ConfigurationProperties("hybriddal")
public class HybridDalProperties {

    /**
     * The persistent store's URI: memory:, file:DIR (needs hybrid-dal-file) or
     * etcd://HOST:PORT[,HOST:PORT]/NAMESPACE. A PersistentStore bean, when there is one, is used instead.
     */
    private String persistent = "memory:";

    /**
     * The volatile store's URI, where dynamics are cached: memory: or memcached://HOST:PORT[,HOST:PORT].
     * A VolatileStore bean, when there is one, is used instead.
     */
    private String volatileUri = "memory:";

    /** Maximum number of object documents in the near cache; 0 disables it (and its watch). */
    private long nearCacheSize = 100_000;

    /** Maximum number of query results and backref member lists kept next to the near cache; 0 disables them. */
    private long localResultsSize = 10_000;

    /** How a save decides fields that another writer changed too. */
    private ConflictPolicy conflictPolicy = ConflictPolicy.LOCAL_WINS;

    /**
     * Whether to bring the stored model up to date (Dal.migrate(): index builds, former names, the
     * Migration beans) before the Dal bean is handed out; a failed migration fails the start-up.
     */
    private boolean migrateOnStart;

    /** How long the migrator lock outlives a migrator that stopped renewing it (crashed). */
    private Duration migrationLockLease = Duration.ofSeconds(15);

    /** How many commit attempts a save or delete makes before RaceConditionException. */
    private int maxSaveAttempts = 8;

    /** The largest object document a save may write (at least 1KB, at most 2GB). */
    private DataSize maxDocumentSize = DataSize.ofMegabytes(1);

    /** Whether to register every hybrid of the generated hybrid indexes (META-INF/hybrid-dal/hybrids) on the class path. */
    private boolean scan = true;

    public String getPersistent() {
        return persistent;
    }

    public void setPersistent(String persistent) {
        this.persistent = persistent;
    }

    /** {@code hybriddal.volatile} ({@code volatile} is a Java keyword, hence the field's name). */
    public String getVolatile() {
        return volatileUri;
    }

    public void setVolatile(String volatileUri) {
        this.volatileUri = volatileUri;
    }

    public long getNearCacheSize() {
        return nearCacheSize;
    }

    public void setNearCacheSize(long nearCacheSize) {
        this.nearCacheSize = nearCacheSize;
    }

    public long getLocalResultsSize() {
        return localResultsSize;
    }

    public void setLocalResultsSize(long localResultsSize) {
        this.localResultsSize = localResultsSize;
    }

    public ConflictPolicy getConflictPolicy() {
        return conflictPolicy;
    }

    public void setConflictPolicy(ConflictPolicy conflictPolicy) {
        this.conflictPolicy = conflictPolicy;
    }

    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }

    public void setMigrateOnStart(boolean migrateOnStart) {
        this.migrateOnStart = migrateOnStart;
    }

    public Duration getMigrationLockLease() {
        return migrationLockLease;
    }

    public void setMigrationLockLease(Duration migrationLockLease) {
        this.migrationLockLease = migrationLockLease;
    }

    public int getMaxSaveAttempts() {
        return maxSaveAttempts;
    }

    public void setMaxSaveAttempts(int maxSaveAttempts) {
        this.maxSaveAttempts = maxSaveAttempts;
    }

    public DataSize getMaxDocumentSize() {
        return maxDocumentSize;
    }

    public void setMaxDocumentSize(DataSize maxDocumentSize) {
        this.maxDocumentSize = maxDocumentSize;
    }

    public boolean isScan() {
        return scan;
    }

    public void setScan(boolean scan) {
        this.scan = scan;
    }
}
