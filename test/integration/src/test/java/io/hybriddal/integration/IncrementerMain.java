package io.hybriddal.integration;

import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.IntegrationModel;
import java.util.List;

/**
 * The child process of {@link CrossProcessCounterTest}. Arguments: etcd store URI, comma-separated
 * guids of shared {@code Tally}s, number of increments. Warms up, prints {@code READY}, waits for a line on
 * standard input (so both processes start together), runs an {@link Incrementer} with
 * {@code ConflictPolicy.RAISE} and prints {@code DONE <report>}.
 */
public final class IncrementerMain {

    private IncrementerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Dal dal = Dal.builder().persistentStore(args[0]).register(IntegrationModel.all())
                .conflictPolicy(ConflictPolicy.RAISE).build()) {
            Incrementer incrementer = new Incrementer(dal, List.of(args[1].split(",")));
            Incrementer.warmUp(dal);
            System.out.println("READY");
            if (System.in.read() < 0) {
                return;  // the parent went away
            }
            incrementer.run(Integer.parseInt(args[2]));
            System.out.println("DONE " + incrementer.report());
        }
    }
}
