package io.hybriddal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.PersistentStore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class HybridDalHealthIndicatorTest {

    private final ControllableStore store = new ControllableStore();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HybridDalAutoConfiguration.class, HybridDalHealthAutoConfiguration.class))
            .withPropertyValues("hybriddal.scan=false")
            .withBean(DalBuilderCustomizer.class, () -> builder -> builder.register(Note.class))
            .withBean(PersistentStore.class, () -> store);

    @Test
    void health_isUp_withTheStoresRevisionAndALiveWatch() {
        runner.run(context -> {
            Health health = context.getBean("hybridDalHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("watch", "live").containsEntry("namespace", store.namespace())
                    .containsEntry("revision", store.currentRevision());
        });
    }

    @Test
    void health_reportsTheNearCacheLag_onceAnOwnCommitWasWatched() {
        runner.run(context -> {
            Dal dal = context.getBean(Dal.class);
            Note note = dal.create(Note.class);
            note.setText("a");
            note.save();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);   // the watch delivers on its own thread
            while (dal.admin().nearCache().orElseThrow().lagSamples() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Health health = context.getBean(HybridDalHealthIndicator.class).health();
            assertThat(health.getDetails()).containsKeys("nearCacheLagMeanMs", "nearCacheLagMaxMs");
        });
    }

    @Test
    void health_isDown_whenThePersistentStoreCannotBeReached() {
        runner.run(context -> {
            store.unreachable = true;
            Health health = context.getBean(HybridDalHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(String.valueOf(health.getDetails().get("error"))).contains("unreachable");
        });
    }

    @Test
    void health_isDown_whileTheWatchIsInterrupted_andUpWhenItResumes() {
        runner.run(context -> {
            HybridDalHealthIndicator indicator = context.getBean(HybridDalHealthIndicator.class);
            store.watchers.forEach(w -> w.onInterrupted(new IllegalStateException("stream broke (test)")));
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(indicator.health().getDetails()).containsEntry("watch", "interrupted");
            store.watchers.forEach(w -> w.onResumed());
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void health_isDown_onceTheDalIsClosed() {
        runner.run(context -> {
            context.getBean(Dal.class).close();
            assertThat(context.getBean(HybridDalHealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void health_isUp_withTheNearCacheDisabled() {
        runner.withPropertyValues("hybriddal.near-cache-size=0").run(context -> {
            Health health = context.getBean(HybridDalHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("nearCache", "disabled");
        });
    }

    @Test
    void healthIndicator_backsOff_withoutActuator() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .run(context -> assertThat(context).hasSingleBean(Dal.class).doesNotHaveBean("hybridDalHealthIndicator"));
    }

    @Test
    void healthIndicator_backsOff_whenDisabled() {
        runner.withPropertyValues("management.health.hybriddal.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("hybridDalHealthIndicator"));
    }

    @Test
    void healthIndicatorOfTheApplication_replacesOurs() {
        HealthIndicator own = () -> Health.outOfService().build();
        runner.withBean("hybridDalHealthIndicator", HealthIndicator.class, () -> own)
                .run(context -> assertThat(context.getBean("hybridDalHealthIndicator")).isSameAs(own));
    }

    @Test
    void noHealthIndicator_withoutADal() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HybridDalHealthAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(HybridDalHealthIndicator.class));
    }
}
