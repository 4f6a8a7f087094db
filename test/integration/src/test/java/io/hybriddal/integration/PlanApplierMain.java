package io.hybriddal.integration;

import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.Rack;
import io.hybriddal.integration.model.Server;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of {@link PlanOnEtcdTest}'s crash: on the etcd store URI given as argument,
 * plans {@link PlanFixture#design} and applies it, printing {@code WRITTEN n} as steps' data is
 * committed; once at least the number of steps given as second argument is written it prints
 * {@code HOLD} and waits, mid-apply, to be killed (it exits by itself after two minutes).
 */
public final class PlanApplierMain {

    private PlanApplierMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int holdAt = Integer.parseInt(args[1]);
        try (Dal dal = Dal.builder().persistentStore(args[0]).register(Rack.class, Server.class).build()) {
            AtomicInteger written = new AtomicInteger();
            dal.plan(PlanFixture.design(dal)).apply(step -> {
                if (written.incrementAndGet() >= holdAt) {
                    System.out.println("HOLD " + written.get());
                    System.out.flush();
                    try {
                        Thread.sleep(120_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(2);
                }
            });
            System.out.println("FINISHED");
        }
    }
}
