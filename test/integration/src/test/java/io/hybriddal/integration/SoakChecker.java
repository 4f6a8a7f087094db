package io.hybriddal.integration;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.integration.model.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checker of {@link FaultSoakTest}: reads what the clients reported ({@link SoakClientMain})
 * and what the store holds once every fault healed, and finds
 * <ul>
 *   <li>acknowledged operations lost: an acknowledged create that cannot be read, increments the
 *       counter lacks (final value below the acknowledged increments);</li>
 *   <li>invariant violations: the bank's total changed, or the counter holds more increments
 *       than were attempted (acknowledged plus failed, since a failed one may have committed);</li>
 *   <li>the share of operations that succeeded while a fault was in force, and the worst latency.</li>
 * </ul>
 */
final class SoakChecker {

    /** One reported operation. */
    record Op(String workload, boolean ok, long startMillis, long latencyMillis, String detail) {

        static Op parse(String line) {
            String[] f = line.split(" ");
            return new Op(f[1], f[0].equals("OK"), Long.parseLong(f[2]), Long.parseLong(f[3]), f.length > 4 ? f[4] : null);
        }

        boolean overlaps(SoakNemesis.Fault fault) {
            return startMillis <= fault.endMillis() && startMillis + latencyMillis >= fault.startMillis();
        }
    }

    /** What the checker found. */
    record Result(long acknowledged, long failed, long lost, List<String> violations, long duringFaults,
                  long succeededDuringFaults, Op slowest, int faults) {

        double shareSucceededDuringFaults() {
            return duringFaults == 0 ? 1.0 : (double) succeededDuringFaults / duringFaults;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d operations acknowledged, %d failed; acknowledged operations lost: %d;"
                    + " invariant violations: %d%s; during the %d faults %.1f%% of %d operations succeeded; worst latency %d ms (%s %s)",
                    acknowledged, failed, lost, violations.size(), violations.isEmpty() ? "" : " " + violations, faults,
                    100 * shareSucceededDuringFaults(), duringFaults, slowest == null ? 0 : slowest.latencyMillis(),
                    slowest == null ? "-" : slowest.workload(), slowest == null ? "" : slowest.ok() ? "ok" : "failed");
        }
    }

    private SoakChecker() {
    }

    /**
     * @param dal          a Dal on the healed store, read with {@link Consistency#STRONG}
     * @param initialTotal what the bank's accounts held together at the start
     */
    static Result check(List<Op> ops, List<SoakNemesis.Fault> faults, Dal dal, List<String> accounts, long initialTotal, String counter) {
        List<String> violations = new ArrayList<>();
        long lost = 0;
        long total = 0;
        for (String account : accounts) {
            total += dal.get(Tally.class, account, Consistency.STRONG).getValue();
        }
        if (total != initialTotal) {
            violations.add("bank total " + total + " instead of " + initialTotal);
        }
        long counterAcked = ops.stream().filter(o -> o.workload().equals("counter") && o.ok()).count();
        long counterFailed = ops.stream().filter(o -> o.workload().equals("counter") && !o.ok()).count();
        long counted = dal.get(Tally.class, counter, Consistency.STRONG).getValue();
        if (counted < counterAcked) {
            lost += counterAcked - counted;
        }
        if (counted > counterAcked + counterFailed) {
            violations.add("counter " + counted + " above the " + (counterAcked + counterFailed) + " increments attempted");
        }
        for (Op op : ops) {
            if (op.workload().equals("set") && op.ok() && !exists(dal, op.detail())) {
                lost++;
            }
        }
        long during = 0;
        long succeeded = 0;
        Op slowest = null;
        for (Op op : ops) {
            if (faults.stream().anyMatch(op::overlaps)) {
                during++;
                succeeded += op.ok() ? 1 : 0;
            }
            if (slowest == null || op.latencyMillis() > slowest.latencyMillis()) {
                slowest = op;
            }
        }
        long acknowledged = ops.stream().filter(Op::ok).count();
        return new Result(acknowledged, ops.size() - acknowledged, lost, violations, during, succeeded, slowest, faults.size());
    }

    private static boolean exists(Dal dal, String guid) {
        try {
            return dal.get(Tally.class, guid, Consistency.STRONG) != null;
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }
}
