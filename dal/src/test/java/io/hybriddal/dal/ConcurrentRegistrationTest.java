package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.model.Tag;
import java.io.InputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two Dals registering a class hybrid-dal has not seen yet, on two threads at once (parallel test suites, two contexts). */
class ConcurrentRegistrationTest {

    private static final int ROUNDS = 20;

    @Test
    void build_succeedsOnBothThreads_andSharesOneImplementation_whenTwoDalsRegisterANewClassAtOnce() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Class<? extends DataObject> tag = freshCopyOf(Tag.class);
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Class<?>> register = () -> {
                    together.await(30, TimeUnit.SECONDS);
                    try (Dal dal = Dal.builder().register(tag).build()) {
                        return dal.create(tag).getClass();
                    }
                };
                Future<Class<?>> first = two.submit(register);
                Future<Class<?>> second = two.submit(register);

                assertThat(first.get(30, TimeUnit.SECONDS)).as("round " + round).isSameAs(second.get(30, TimeUnit.SECONDS));
            }
        } finally {
            two.shutdownNow();
        }
    }

    /** {@code type} defined anew in a class loader of its own, so no implementation of it was generated before. */
    private static Class<? extends DataObject> freshCopyOf(Class<? extends DataObject> type) throws Exception {
        byte[] bytes;
        try (InputStream in = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            bytes = in.readAllBytes();
        }
        ClassLoader loader = new ClassLoader(type.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(type.getName())) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
                }
            }
        };
        return loader.loadClass(type.getName()).asSubclass(DataObject.class);
    }
}
