package io.hybriddal.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Dal;
import io.hybriddal.testservers.EtcdProcess;
import io.hybriddal.testservers.MemcachedProcess;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample application, booted as its main method boots it, on a real etcd and memcached with
 * the library versions Spring Boot's dependency management selects.
 */
class SampleApplicationTest {

    private static EtcdProcess etcd;
    private static MemcachedProcess memcached;

    @BeforeAll
    static void startServers() {
        etcd = EtcdProcess.start();
        memcached = MemcachedProcess.start();
    }

    @AfterAll
    static void stopServers() {
        if (memcached != null) {
            memcached.close();
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    private static ConfigurableApplicationContext boot() {
        return SpringApplication.run(SampleApplication.class,
                "--hybriddal.persistent=" + etcd.uri("sample"),
                "--hybriddal.volatile=" + memcached.uri() + "?opTimeoutMs=1000");
    }

    private static HealthComponent dalHealth(ConfigurableApplicationContext context) {
        return ((SystemHealth) context.getBean(HealthEndpoint.class).health()).getComponents().get("hybridDal");
    }

    @Test
    void sampleApplication_savesAndQueriesThroughTheInjectedDal_andReportsItsHealth() {
        Dal first;
        try (ConfigurableApplicationContext context = boot()) {
            Volumes volumes = context.getBean(Volumes.class);
            Volume created = volumes.create("vol-a", 1L << 30);
            assertThat(created.getUsedBytes()).isEqualTo(5 * 1024L);   // the dynamic asks the StorageSystem bean
            assertThat(volumes.byName("vol-a")).map(Volume::getGuid).contains(created.getGuid());

            first = context.getBean(Dal.class);
            assertThat(first.modelStatus().upToDate()).isTrue();   // hybriddal.migrate-on-start ran Dal.migrate() on etcd
            assertThat(first.admin().persistentStore().namespace()).isEqualTo("sample");
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.find("hybriddal.saves").tag("hybrid", "volume").counter().count()).isEqualTo(1);
            // Spring Boot bridges observations to timers: the Dal reports to the context's ObservationRegistry
            assertThat(meters.find("hybriddal.save").tag("hybrid", "volume").timer().count()).isEqualTo(1);
            HealthComponent health = dalHealth(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(((Health) health).getDetails())
                    .containsEntry("namespace", "sample").containsEntry("watch", "live");
        }
        assertThatThrownBy(first::admin).isInstanceOf(IllegalStateException.class);   // closed with the context

        try (ConfigurableApplicationContext context = boot()) {
            assertThat(context.getBean(Volumes.class).byName("vol-a")).map(Volume::getSizeBytes).contains(1L << 30);
            etcd.close();
            etcd = null;
            HealthComponent health = dalHealth(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(((Health) health).getDetails()).containsKey("error");
        }
    }
}
