package io.hybriddal.dal.internal.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hybriddal.dal.AppliedPlan;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The durable plan log under {@code p/}: for a plan written in batches, one record per batch
 * ({@code p/plans/<id>/batch/<n>}) and a head ({@code p/plans/<id>/head}: progress and state),
 * which every batch commit moves on atomically with the batch; and {@code p/last}, the summary of
 * the last applied plan. The head is written after all records, so a listed plan can always be
 * resumed or aborted. Thread-safe.
 */
final class PlanLog {

    static final String ROOT = "p/plans/";
    static final String LAST = "p/last";

    /**
     * A plan log's head: the plan's counts, the batches committed, {@code state} "applying",
     * "aborting" or "done" (its last batch committed, the log not yet removed), and the head's
     * store revision (which the next commit of the plan requires).
     */
    record Head(String id, Instant started, int creates, int updates, int deletes, int batches, int committed, String state,
                long revision) {
        Head next(int committed, String state) {
            return new Head(id, started, creates, updates, deletes, batches, committed, state, 0);
        }

        Head at(long revision) {
            return new Head(id, started, creates, updates, deletes, batches, committed, state, revision);
        }

        int steps() {
            return creates + updates + deletes;
        }
    }

    private final PersistentStore store;

    PlanLog(PersistentStore store) {
        this.store = store;
    }

    static String headKey(String id) {
        return ROOT + id + "/head";
    }

    static String batchKey(String id, int batch) {
        return ROOT + id + "/batch/" + String.format(Locale.ROOT, "%06d", batch);
    }

    /** Writes the records of the batches, as many per commit as the store takes. */
    void record(String id, List<List<Step>> batches) {
        int per = Math.max(1, Math.min(store.maxCommitOperations(), 16));
        for (int from = 0; from < batches.size(); from += per) {
            Commit.Builder commit = Commit.builder();
            for (int b = from; b < Math.min(batches.size(), from + per); b++) {
                commit.put(batchKey(id, b), StepCodec.encode(batches.get(b)));
            }
            store.commit(commit.build()); // unconditional: it cannot be refused, only fail (StoreException)
        }
    }

    /** Writes the first head (no batch committed); returns it with its revision. */
    Head start(Head head) {
        var result = store.commit(Commit.builder().requireAbsent(headKey(head.id())).put(headKey(head.id()), encode(head)).build());
        require(result.succeeded(), head.id());
        return head.at(result.revision());
    }

    byte[] encode(Head head) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", head.id()).put("started", head.started().toString())
                .put("creates", head.creates()).put("updates", head.updates()).put("deletes", head.deletes()).put("batches", head.batches()).put("committed", head.committed()).put("state", head.state());
        return bytes(node);
    }

    byte[] encode(AppliedPlan plan) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", plan.id()).put("finished", plan.finished().toString())
                .put("creates", plan.creates()).put("updates", plan.updates()).put("deletes", plan.deletes())
                .put("commits", plan.commits()).put("durationMs", plan.duration().toMillis());
        return bytes(node);
    }

    /** The heads of every unfinished plan, oldest id first. */
    List<Head> heads() {
        List<Head> heads = new ArrayList<>();
        String after = null;
        ScanPage page;
        do {
            page = store.scan(ROOT, after, 1_000);
            for (KeyValue kv : page.entries()) {
                if (kv.key().endsWith("/head")) {
                    heads.add(head(kv));
                }
            }
            after = page.lastKey();
        } while (page.more());
        return heads;
    }

    /** The head of plan {@code id} as stored now, or empty when the plan finished. */
    Optional<Head> head(String id) {
        KeyValue kv = store.get(headKey(id));
        return kv == null ? Optional.empty() : Optional.of(head(kv));
    }

    List<Step> batch(String id, int batch, ModelRegistry registry) {
        String key = batchKey(id, batch);
        KeyValue kv = store.get(key);
        if (kv == null) {
            throw new CorruptDataException("plan log " + id + " lacks its record of batch " + (batch + 1), key, null);
        }
        return StepCodec.decode(key, kv.value(), registry);
    }

    /** Removes the records and the head of a finished or aborted plan. */
    void remove(String id, int batches) {
        int per = Math.max(1, Math.min(store.maxCommitOperations(), 16));
        for (int from = 0; from < batches; from += per) {
            Commit.Builder commit = Commit.builder();
            for (int b = from; b < Math.min(batches, from + per); b++) {
                commit.delete(batchKey(id, b));
            }
            store.commit(commit.build());
        }
        store.commit(Commit.builder().delete(headKey(id)).build());
    }

    Optional<AppliedPlan> last() {
        KeyValue kv = store.get(LAST);
        if (kv == null) {
            return Optional.empty();
        }
        JsonNode n = tree(kv);
        return Optional.of(new AppliedPlan(n.path("id").asText(), Instant.parse(n.path("finished").asText()), n.path("creates").asInt(),
                n.path("updates").asInt(), n.path("deletes").asInt(), n.path("commits").asInt(),
                Duration.ofMillis(n.path("durationMs").asLong())));
    }

    private static Head head(KeyValue kv) {
        JsonNode n = tree(kv);
        return new Head(n.path("id").asText(), Instant.parse(n.path("started").asText()), n.path("creates").asInt(),
                n.path("updates").asInt(), n.path("deletes").asInt(), n.path("batches").asInt(), n.path("committed").asInt(),
                n.path("state").asText(), kv.modRevision());
    }

    private static JsonNode tree(KeyValue kv) {
        try {
            return Json.MAPPER.readTree(kv.value());
        } catch (IOException | RuntimeException e) {
            throw new CorruptDataException("plan log key " + kv.key() + " is not JSON: " + e.getMessage(), kv.key(), e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new StoreException("cannot encode a plan log entry: " + e.getMessage(), e);
        }
    }

    private static void require(boolean succeeded, String id) {
        if (!succeeded) {
            throw new StoreException("plan log " + id + " exists already: plan ids are random, so another process wrote it");
        }
    }
}
