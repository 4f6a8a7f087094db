package io.hybriddal.bench;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.ConcurrentSaver;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.Dal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The watch fan-out: {@code save()} of one field over etcd while {@code processes - 1} other
 * processes ({@link ConcurrentSaver}, each a Dal with its near cache) save to the same namespace
 * as fast as they can. Every Dal watches the namespace, so every commit is delivered to every
 * process; with 4 processes each save competes with 3 writers and its Dal decodes their commits
 * too. The report gives the difference between the two settings as the cost of the fan-out per
 * commit (on 2 shared cores it includes the other processes' CPU).
 *
 * <p>JIT pitfalls avoided: the size feeds the next call and the version is returned.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class EtcdFanOutBench {

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1", "4"})
        int processes;

        Dal dal;
        VDisk disk;
        long size;
        final List<Process> others = new ArrayList<>();

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            String uri = Servers.etcdUri("fanout");
            for (int i = 1; i < processes; i++) {
                Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                        "-cp", System.getProperty("java.class.path"), ConcurrentSaver.class.getName(), uri, "saver-" + i)
                        .redirectErrorStream(true).start();
                others.add(p);
                CountDownLatch saving = new CountDownLatch(1);
                Thread drain = new Thread(() -> { // reads the child's output to its end, so that it never blocks on it
                    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = out.readLine()) != null; ) {
                            if (line.equals("saving")) {
                                saving.countDown();
                            }
                        }
                    } catch (IOException e) {
                        // the child is gone
                    }
                }, "fan-out-saver-output");
                drain.setDaemon(true);
                drain.start();
                if (!saving.await(120, TimeUnit.SECONDS)) {
                    tearDown(); // JMH does not tear down a trial whose setup failed
                    throw new IllegalStateException("concurrent saver " + i + " did not start saving within 120 s");
                }
            }
            dal = Dal.builder().persistentStore(uri).register(VPool.class, VDisk.class).build();
            disk = dal.get(VDisk.class, Dataset.load(dal, 1, 1, 1, 8).diskGuids[0]);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            for (Process p : others) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            if (dal != null) {
                dal.close();
            }
        }
    }

    @Benchmark
    public long save(Data d) {
        d.disk.setSize(++d.size);
        d.disk.save();
        return d.disk.version();
    }
}
