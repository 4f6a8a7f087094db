package io.hybriddal.hybrids.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A storage system played in memory: every value is a pure function of the seed, the object's
 * key and the time on the given {@link Clock}, so two simulators with one seed agree, counters
 * grow as the clock advances, and tests control time without sleeping. Each call waits a small
 * latency (per key, between half and one and a half times the configured one) to make cache
 * effects visible in demos; tests use {@link #forTests(Clock)}, which does not wait.
 */
public final class SimulatedStorageSystem implements StorageSystemClient {

    /** The default latency of a call: a local management API round trip. */
    public static final Duration DEFAULT_LATENCY = Duration.ofMillis(3);

    /** The origin of simulated time: objects "exist" from a key-dependent instant after it. */
    static final Instant ORIGIN = Instant.parse("2024-01-01T00:00:00Z");

    private static final long GIB = 1L << 30;
    private static final long TIB = 1L << 40;

    private final Clock clock;
    private final long seed;
    private final Duration latency;
    private final AtomicLong calls = new AtomicLong();

    /** A simulator with seed 42 and {@link #DEFAULT_LATENCY}. */
    public SimulatedStorageSystem(Clock clock) {
        this(clock, 42L, DEFAULT_LATENCY);
    }

    public SimulatedStorageSystem(Clock clock, long seed, Duration latency) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.seed = seed;
        this.latency = Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
    }

    /** A simulator with seed 42 and no latency. */
    public static SimulatedStorageSystem forTests(Clock clock) {
        return new SimulatedStorageSystem(clock, 42L, Duration.ZERO);
    }

    /** How many calls this simulator answered (tests check that dynamics were served from cache). */
    public long calls() {
        return calls.get();
    }

    @Override
    public VolumeStatistics volumeStatistics(String volumeId) {
        return statistics(answer("volume", volumeId), 1);
    }

    @Override
    public VolumeStatistics poolStatistics(String vpoolName) {
        return statistics(answer("pool", vpoolName), 40);
    }

    @Override
    public List<Snapshot> snapshots(String volumeId) {
        long h = answer("volume", volumeId);
        Instant now = clock.instant();
        Instant created = created(h);
        // Hourly snapshots since the volume exists; the last 24 are kept.
        long hours = Math.max(0, ChronoUnit.HOURS.between(created, now));
        List<Snapshot> result = new ArrayList<>();
        for (long i = Math.max(1, hours - 23); i <= hours; i++) {
            long s = mix(h, i);
            Instant taken = created.plus(Duration.ofHours(i));
            result.add(new Snapshot(Long.toHexString(s & 0xffff_ffff_ffffL), "hourly-" + taken, taken,
                    Math.floorMod(s, 4) == 0, GIB / 4 + Math.floorMod(s, 4 * GIB)));
        }
        return List.copyOf(result);
    }

    @Override
    public RouterHealth routerHealth(String machineId) {
        long h = answer("router", machineId);
        long minute = elapsedSeconds(ORIGIN) / 60;
        if (inOutage(h, minute)) {
            return new RouterHealth(false, 0.0, 0, List.of("not reachable on its management address"));
        }
        long m = mix(h, minute);
        double load = 0.2 + 3.8 * unit(m);
        long freeMemory = 2 * GIB + Math.floorMod(m >>> 7, 62 * GIB);
        List<String> warnings = new ArrayList<>();
        if (load > 3.5) {
            warnings.add("high CPU load " + String.format(Locale.ROOT, "%.2f", load));
        }
        if (freeMemory < 4 * GIB) {
            warnings.add("low free memory");
        }
        return new RouterHealth(true, load, freeMemory, warnings);
    }

    @Override
    public DriverStatus driverStatus(String storageDriverId) {
        long h = answer("driver", storageDriverId);
        long minute = elapsedSeconds(ORIGIN) / 60;
        if (inOutage(h, minute)) {
            return new DriverStatus(false, null, 0);
        }
        // Restarted every night at a key-dependent second.
        Instant midnight = clock.instant().truncatedTo(ChronoUnit.DAYS);
        Instant since = midnight.plusSeconds(Math.floorMod(h, 3600));
        return new DriverStatus(true, since.isAfter(clock.instant()) ? since.minus(Duration.ofDays(1)) : since,
                Math.floorMod(h >>> 11, 200));
    }

    @Override
    public Capacity backendUsage(String backendName) {
        long h = answer("backend", backendName);
        return capacity(h, (100 + Math.floorMod(h, 900)) * TIB);
    }

    @Override
    public Capacity partitionUsage(String machineId, String mountpoint) {
        long h = answer("partition", machineId + "|" + mountpoint);
        return capacity(h, (100 + Math.floorMod(h, 3900)) * GIB);
    }

    @Override
    public ServiceState serviceState(String serviceName, String machineId) {
        long router = key("router", machineId);
        long h = answer("service", serviceName + "|" + machineId);
        long minute = elapsedSeconds(ORIGIN) / 60;
        if (inOutage(router, minute)) {
            return ServiceState.UNKNOWN;
        }
        return Math.floorMod(mix(h, minute), 211) == 0 ? ServiceState.FAILED : ServiceState.RUNNING;
    }

    /** Counts the call, waits the key's latency, and returns the key's hash. */
    private long answer(String kind, String key) {
        Objects.requireNonNull(key, () -> kind + " key");
        calls.incrementAndGet();
        long h = key(kind, key);
        if (!latency.isZero()) {
            long nanos = (long) (latency.toNanos() * (0.5 + unit(mix(h, -1))));
            LockSupport.parkNanos(nanos);
        }
        return h;
    }

    private VolumeStatistics statistics(long h, int scale) {
        Instant now = clock.instant();
        long seconds = Math.max(0, Duration.between(created(h), now).getSeconds());
        long readRate = scale * (50 + Math.floorMod(h, 950));
        long writeRate = scale * (20 + Math.floorMod(h >>> 13, 480));
        long ioSize = 4096L << Math.floorMod(h >>> 29, 5);
        // The hit ratio follows a daily cycle around a key-dependent level.
        double phase = 2 * Math.PI * (Math.floorMod(seconds, 86_400) / 86_400.0 + unit(h));
        double ratio = Math.max(0.0, Math.min(1.0, 0.55 + 0.3 * unit(mix(h, 3)) + 0.1 * Math.sin(phase)));
        return new VolumeStatistics(readRate * seconds, writeRate * seconds, readRate * seconds * ioSize,
                writeRate * seconds * ioSize, seconds == 0 ? 0.0 : ratio, now);
    }

    private Capacity capacity(long h, long total) {
        // Starts 10-40% used and fills at a key-dependent rate of up to 0.5% of the total a day.
        long days = Math.max(0, Duration.between(created(h), clock.instant()).toDays());
        double used = 0.1 + 0.3 * unit(h) + days * 0.005 * unit(mix(h, 5));
        return new Capacity(total, (long) (total * Math.min(0.98, used)));
    }

    /** When the object keyed {@code h} came into existence: within 30 days after the origin. */
    private static Instant created(long h) {
        return ORIGIN.plusSeconds(Math.floorMod(h, 30L * 86_400));
    }

    /** About one minute in 500 is an outage for a given key. */
    private boolean inOutage(long h, long minute) {
        return Math.floorMod(mix(h, minute), 500) == 0;
    }

    private long elapsedSeconds(Instant from) {
        return Math.max(0, Duration.between(from, clock.instant()).getSeconds());
    }

    private long key(String kind, String key) {
        long h = seed;
        for (byte b : (kind + ":" + key).getBytes(StandardCharsets.UTF_8)) {
            h = mix(h, b);
        }
        return h;
    }

    /** SplitMix64 finalizer over {@code a} and {@code b}: well-spread, cheap, deterministic. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code h} as a double in [0, 1). */
    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
