package io.hybriddal.bench.peer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.MemoryModel;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The peer configured as in shared/reference/peer-bench.md: Hibernate ORM 6.6.53, native
 * bootstrap over a Hikari pool (4) on in-memory H2, schema created, statistics off, JDBC batches
 * of 500 for the load, connections in manual-commit mode (no autocommit toggling), Bean
 * Validation off, {@code @Version} on the vDisk; L2 through hibernate-jcache on Caffeine's JCache provider with every
 * region declared by reference in {@code application.conf} and
 * {@code missing_cache_strategy=fail}; query cache on. The data is {@link Dataset}'s shape (100
 * pools of 1,000 vDisks, ten per volume id), ids assigned. {@link #open()} returns it warm: every
 * entity and collection in L2 (checked), every volume's query run once.
 */
public final class HibernatePeer implements AutoCloseable {

    public static final String QUERY = "from VDiskEntity where volumeId = :v";

    public final SessionFactory sessions;
    private final HikariDataSource pool;
    private final StandardServiceRegistry registry;

    private HibernatePeer() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:peer" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(4);
        // Connections stay in manual-commit mode and Hibernate is told so: no autocommit toggle
        // (two JDBC calls) around every transaction (peer-bench.md §4).
        config.setAutoCommit(false);
        pool = new HikariDataSource(config);
        registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, pool)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "create")
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true")
                // Hibernate Validator is on the class path (through hybrid-dal); hybrid-dal validates
                // only hybrids with constraints, and these have none (peer-bench.md §8).
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
                .applySetting(AvailableSettings.GENERATE_STATISTICS, "false")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "500")
                .applySetting(AvailableSettings.ORDER_INSERTS, "true")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, "true")
                .applySetting(AvailableSettings.USE_QUERY_CACHE, "true")
                .applySetting(AvailableSettings.CACHE_REGION_FACTORY, "jcache")
                .applySetting("hibernate.javax.cache.provider", "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider")
                .applySetting("hibernate.javax.cache.missing_cache_strategy", "fail")
                .build();
        sessions = new MetadataSources(registry).addAnnotatedClass(VPoolEntity.class).addAnnotatedClass(VDiskEntity.class)
                .buildMetadata().buildSessionFactory();
    }

    public static HibernatePeer open() {
        long started = System.nanoTime();
        HibernatePeer peer = new HibernatePeer();
        long booted = System.nanoTime();
        peer.load();
        peer.warm();
        System.out.printf("hibernate peer: bootstrap %d ms, load + warm-up %d ms%n",
                (booted - started) / 1_000_000, (System.nanoTime() - booted) / 1_000_000);
        return peer;
    }

    private void load() {
        int pools = MemoryModel.POOLS;
        int perPool = MemoryModel.DISKS_PER_POOL;
        try (Session s = sessions.openSession()) {
            s.beginTransaction();
            VPoolEntity[] poolEntities = new VPoolEntity[pools];
            for (int p = 0; p < pools; p++) {
                poolEntities[p] = new VPoolEntity(p, Dataset.poolName(p));
                s.persist(poolEntities[p]);
            }
            s.flush();
            for (int i = 0; i < pools * perPool; i++) {
                s.persist(new VDiskEntity(i, Dataset.diskName(i), i % 1000,
                        Dataset.volume(i / MemoryModel.PER_VOLUME), poolEntities[i / perPool]));
                if (i % 500 == 499) {
                    s.flush();
                    s.clear();
                    for (int p = 0; p < pools; p++) {
                        poolEntities[p] = s.getReference(VPoolEntity.class, (long) p);
                    }
                }
            }
            s.getTransaction().commit();
        }
    }

    private void warm() {
        int pools = MemoryModel.POOLS;
        int disks = pools * MemoryModel.DISKS_PER_POOL;
        for (int p = 0; p < pools; p++) {
            try (Session s = sessions.openSession()) {
                for (VDiskEntity d : s.find(VPoolEntity.class, (long) p).getVdisks()) {
                    d.getName();
                }
            }
        }
        int volumes = disks / MemoryModel.PER_VOLUME;
        for (int v = 0; v < volumes; v++) {
            try (Session s = sessions.openSession()) {
                List<VDiskEntity> found = s.createQuery(QUERY, VDiskEntity.class).setParameter("v", Dataset.volume(v))
                        .setCacheable(true).list();
                if (found.size() != MemoryModel.PER_VOLUME) {
                    throw new IllegalStateException("volume " + v + ": " + found.size());
                }
            }
        }
        System.gc();
        var cache = sessions.getCache();
        for (long i = 0; i < disks; i++) {
            if (!cache.containsEntity(VDiskEntity.class, i)) {
                throw new IllegalStateException("vDisk " + i + " is not in L2");
            }
        }
        for (long p = 0; p < pools; p++) {
            if (!cache.containsEntity(VPoolEntity.class, p)
                    || !cache.containsCollection(VPoolEntity.class.getName() + ".vdisks", p)) {
                throw new IllegalStateException("pool " + p + " or its vdisks is not in L2");
            }
        }
    }

    @Override
    public void close() {
        sessions.close();
        registry.close();
        pool.close();
    }
}
