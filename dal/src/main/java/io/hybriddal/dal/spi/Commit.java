package io.hybriddal.dal.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An atomic conditional write: if every {@link Condition} holds, every {@link Operation} is
 * applied in one new store revision; otherwise nothing is. Operations on one key apply in list
 * order (the last one wins). Immutable and thread-safe once built.
 */
public final class Commit {

    private final List<Condition> conditions;
    private final List<Operation> operations;

    private Commit(List<Condition> conditions, List<Operation> operations) {
        this.conditions = List.copyOf(conditions);
        this.operations = List.copyOf(operations);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * Number of conditions plus operations. Stores with a per-transaction limit may count less
     * strictly (etcd checks each of its compare and operation lists against --max-txn-ops).
     */
    public int size() {
        return conditions.size() + operations.size();
    }

    /** Total bytes of keys and values written: what stores with a request-size limit check. */
    public long payloadBytes() {
        long bytes = 0;
        for (Operation op : operations) {
            bytes += op.key().length();
            if (op instanceof Operation.Put put) {
                bytes += put.value().length;
            }
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "Commit[if " + conditions + " then " + operations + "]";
    }

    /** Collects conditions and operations; not thread-safe. */
    public static final class Builder {
        private final List<Condition> conditions = new ArrayList<>();
        private final List<Operation> operations = new ArrayList<>();

        private Builder() {
        }

        public Builder require(Condition condition) {
            conditions.add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        public Builder requireAbsent(String key) {
            return require(Condition.absent(key));
        }

        public Builder requirePresent(String key) {
            return require(Condition.present(key));
        }

        /** Requires this modRevision; 0 requires the key to be absent. */
        public Builder requireRevision(String key, long modRevision) {
            return require(Condition.revision(key, modRevision));
        }

        public Builder put(String key, byte[] value) {
            operations.add(new Operation.Put(key, value));
            return this;
        }

        public Builder delete(String key) {
            operations.add(new Operation.Delete(key));
            return this;
        }

        public boolean isEmpty() {
            return conditions.isEmpty() && operations.isEmpty();
        }

        public Commit build() {
            return new Commit(conditions, operations);
        }
    }
}
