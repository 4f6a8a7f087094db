package io.hybriddal.acceptance;

import io.hybriddal.conformance.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.acceptance.model.TestModel;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalBuilder;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Fixture of every acceptance contract: a fresh pair of stores per test, Dals built on them, a
 * {@link MutableClock} that drives TTLs, and everything closed after the test.
 *
 * <p>A contract runs nested in an {@link AcceptanceSuite}, whose subclass supplies the stores:
 * before each test the base asks that suite for a new persistent store and a new volatile store
 * on {@link #clock}. The base closes both after the test; the Dals never close them (they are
 * handed to the builder as instances). Nothing else is needed: the contracts declare the model
 * ({@link TestModel}) and build the Dals themselves.
 *
 * <p>{@link #dal()} and {@link #anotherDal()} are two Dals on the same store instances, playing
 * two processes. Each has its own near cache, which another Dal's commits reach asynchronously,
 * so the contracts read what a commit stored with {@link #stored} ({@link Consistency#STRONG}),
 * and only rely on read-your-writes within one Dal.
 */
public abstract class DalTestBase {

    /** Where {@link #clock} starts: a whole second, so TTL boundaries are exact. */
    protected static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    /** How long any asynchronous wait of a contract may take before the test fails. */
    protected static final Duration WAIT = Duration.ofSeconds(30);

    /** The clock of every Dal and volatile store of the test; it only moves when told to. */
    protected final MutableClock clock = new MutableClock(START);

    private final Deque<Dal> opened = new ArrayDeque<>();
    private PersistentStore persistentStore;
    private VolatileStore volatileStore;
    private Dal dal;
    private Dal anotherDal;

    /** The hybrids {@link #builder()} registers: the test model without extensions. */
    protected List<Class<? extends DataObject>> hybrids() {
        return TestModel.HYBRIDS;
    }

    /** Opens the test's stores with the factories of the suite the contract is nested in. */
    @BeforeEach
    final void openStores(AcceptanceSuite suite) {
        persistentStore = suite.newPersistentStore();
        volatileStore = suite.newVolatileStore(clock);
    }

    @AfterEach
    final void closeEverything() {
        RuntimeException failure = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        for (AutoCloseable store : new AutoCloseable[] {volatileStore, persistentStore}) {
            try {
                if (store != null) {
                    store.close();
                }
            } catch (Exception e) {
                failure = new IllegalStateException("closing a store failed", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The test's persistent store. */
    protected final PersistentStore persistentStore() {
        return persistentStore;
    }

    /** The test's volatile store. */
    protected final VolatileStore volatileStore() {
        return volatileStore;
    }

    /** The persistent store's revision: unchanged means nothing was written. */
    protected final long storeRevision() {
        return persistentStore.currentRevision();
    }

    /** A builder on the test's store instances and clock, with {@link #hybrids()} registered. */
    protected final DalBuilder builder() {
        DalBuilder builder = bareBuilder();
        hybrids().forEach(type -> builder.register(type));
        return builder;
    }

    /** A builder on the test's store instances and clock, with nothing registered. */
    protected final DalBuilder bareBuilder() {
        return Dal.builder().persistentStore(persistentStore).volatileStore(volatileStore).clock(clock);
    }

    /** Builds {@code builder}; the Dal is closed after the test. */
    protected final Dal open(DalBuilder builder) {
        Dal built = builder.build();
        opened.push(built);
        return built;
    }

    /** The test's default Dal (built on first use). */
    protected final Dal dal() {
        if (dal == null) {
            dal = open(builder());
        }
        return dal;
    }

    /** A second Dal on the same store instances: another process, with its own near cache. */
    protected final Dal anotherDal() {
        if (anotherDal == null) {
            anotherDal = open(builder());
        }
        return anotherDal;
    }

    /** The object as the persistent store holds it now, read through {@link #dal()} with {@link Consistency#STRONG}. */
    protected final <T extends DataObject> T stored(Class<T> type, String guid) {
        return dal().get(type, guid, Consistency.STRONG);
    }

    /** A new disk in {@link #dal()} with a name (its only mandatory field without default). */
    protected final TestDisk newDisk(String name) {
        TestDisk disk = dal().create(TestDisk.class);
        disk.setName(name);
        return disk;
    }

    /** {@link #newDisk} saved. */
    protected final TestDisk savedDisk(String name) {
        TestDisk disk = newDisk(name);
        disk.save();
        return disk;
    }

    /** A new machine in {@link #dal()}, saved. */
    protected final TestMachine savedMachine(String name) {
        TestMachine machine = dal().create(TestMachine.class);
        machine.setName(name);
        machine.save();
        return machine;
    }

    /** The exception {@code call} throws, asserted to be a {@code type}. */
    protected static <E extends Throwable> E thrown(Class<E> type, ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("expected %s", type.getSimpleName()).isInstanceOf(type);
        return type.cast(t);
    }

    /** The future's value, waiting at most {@link #WAIT}; its failure is rethrown as an assertion error. */
    protected static <T> T await(Future<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError("task failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("task did not finish within " + WAIT, e);
        }
    }

    /**
     * Waits (at most {@link #WAIT}, polling every 10 ms on a scheduler, never sleeping) until
     * {@code condition} holds: for what DESIGN.md allows to be asynchronous, such as another
     * Dal's near cache catching up with a commit.
     */
    protected static void eventually(String what, BooleanSupplier condition) {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<Void> done = new CompletableFuture<>();
        poller.scheduleWithFixedDelay(() -> {
            try {
                if (condition.getAsBoolean()) {
                    done.complete(null);
                }
            } catch (RuntimeException | AssertionError e) {
                done.completeExceptionally(e);
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        try {
            done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fail("still not true after %s: %s", WAIT, what);
        } catch (ExecutionException e) {
            throw new AssertionError("checking failed: " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            poller.shutdownNow();
        }
    }
}
