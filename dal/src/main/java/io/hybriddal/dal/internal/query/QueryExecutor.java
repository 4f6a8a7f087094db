package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.read.PendingObject;
import io.hybriddal.dal.internal.read.PendingWrites;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the guids of a {@link QueryPlan}: candidates from the plan's index lookups (their
 * snapshots from the near cache while it is current, else their documents read with one
 * multi-get per page) or a paged scan of every object of the hybrid
 * (documents decoded as the scan returns them); the full predicate on each decoded snapshot;
 * then order (default ascending guid), offset and limit. Holds at most one page of documents at
 * a time, plus the guid and sort values of each match. Inside a transaction, the objects it
 * saves are evaluated with their pending values (and found even when the store does not list
 * them) and those it deletes are left out. A corrupt document fails the run, or, given a consumer
 * of skipped objects, leaves out the object it belongs to (or whose filter or order reads it).
 * Thread-safe.
 */
final class QueryExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(QueryExecutor.class);

    /** Documents evaluated per page (scan page, multi-get). */
    static final int PAGE = 500;

    private final PersistentStore store;
    private final ObjectAccess objects;
    private final CandidateFetcher candidates;
    private final CandidateSnapshots near;

    /**
     * @param near where a candidate read by guid is first looked for already decoded at the
     *             revision just read, and else offered once decoded
     */
    QueryExecutor(PersistentStore store, ObjectAccess objects, CandidateSnapshots near) {
        this.store = store;
        this.objects = objects;
        this.candidates = new CandidateFetcher(store);
        this.near = near;
    }

    /**
     * The result guids of a run, ordered and sliced, and the snapshots they matched as (aligned
     * with them; inside a transaction, its pending values).
     */
    record Computed(List<String> guids, Snapshot[] snapshots) {
    }

    /**
     * The result of {@code plan}, ordered and sliced.
     *
     * @param tx      the calling thread's pending writes, or null
     * @param skipped told of each object left out for a corrupt document, or null to fail the run on the first
     */
    Computed run(QueryPlan plan, PendingWrites tx, Consumer<? super CorruptDataException> skipped) {
        Evaluation evaluation = new Evaluation(plan, tx, skipped);
        if (plan.candidates() == null) {
            scan(plan, evaluation);
        } else {
            List<String> guids = new ArrayList<>(candidates.fetch(plan.candidates()));
            Collections.sort(guids);
            evaluateGuids(plan, guids, evaluation);
        }
        evaluation.pendingRest();
        List<SortKey.Match> matches = evaluation.matches;
        matches.sort(SortKey.comparator(plan.order()));
        int from = Math.min(plan.offset(), matches.size());
        int to = plan.limit() < 0 ? matches.size() : (int) Math.min(matches.size(), (long) from + plan.limit());
        List<String> result = new ArrayList<>(to - from);
        Snapshot[] snapshots = new Snapshot[to - from];
        for (int i = from; i < to; i++) {
            result.add(matches.get(i).guid());
            snapshots[i - from] = matches.get(i).snapshot();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("query {} on {}: {}, {} evaluated, {} matched, {} returned{}", plan.text(), plan.model().name(),
                    plan.candidates() == null ? "full scan" : "index candidates", evaluation.evaluated, matches.size(),
                    result.size(), tx == null ? "" : " (with the transaction's pending writes)");
        }
        return new Computed(Collections.unmodifiableList(result), snapshots);
    }

    /** The guids among {@code within} whose objects match, in the order of {@code within} (order and slice ignored). */
    List<String> runWithin(QueryPlan plan, List<String> within, PendingWrites tx) {
        Evaluation evaluation = new Evaluation(plan, tx, null);
        evaluateGuids(plan, within, evaluation);
        List<String> result = new ArrayList<>(evaluation.matches.size());
        evaluation.matches.forEach(m -> result.add(m.guid()));
        return Collections.unmodifiableList(result);
    }

    private void scan(QueryPlan plan, Evaluation evaluation) {
        String prefix = Keys.objectPrefix(plan.model());
        String after = null;
        ScanPage page;
        do {
            page = store.scan(prefix, after, PAGE);
            List<String> guids = new ArrayList<>(page.entries().size());
            List<Snapshot> snapshots = new ArrayList<>(page.entries().size());
            for (KeyValue kv : page.entries()) {
                Snapshot snapshot = evaluation.decode(kv);
                if (snapshot != null) {
                    guids.add(Keys.guidOf(kv.key()));
                    snapshots.add(snapshot);
                }
            }
            evaluation.page(guids, snapshots);
            after = page.lastKey();
        } while (page.more() && after != null);
    }

    /**
     * Evaluates the objects of {@code all}, a page at a time: those the near cache holds while it
     * is {@link CandidateSnapshots#current current} (asked after the guids were read, so its
     * snapshots are at least as new as that read, as the documents' read would be) as it holds
     * them; the others from their documents, read in one multi-get per page.
     */
    private void evaluateGuids(QueryPlan plan, List<String> all, Evaluation evaluation) {
        for (int from = 0; from < all.size(); from += PAGE) {
            List<String> pageGuids = all.subList(from, Math.min(from + PAGE, all.size()));
            Snapshot[] held = new Snapshot[pageGuids.size()];
            List<String> keys = new ArrayList<>(pageGuids.size());
            boolean current = near.current();
            for (int i = 0; i < held.length; i++) {
                held[i] = current ? near.cached(plan.model(), pageGuids.get(i)) : null;
                if (held[i] == null) {
                    keys.add(Keys.object(plan.model(), pageGuids.get(i)));
                }
            }
            long since = near.readStart();
            Map<String, KeyValue> found = keys.isEmpty() ? Map.of() : store.getAll(keys, ReadConsistency.LINEARIZABLE);
            List<String> guids = new ArrayList<>(held.length);
            List<Snapshot> snapshots = new ArrayList<>(held.length);
            for (int i = 0, read = 0; i < held.length; i++) {
                Snapshot snapshot = held[i];
                if (snapshot == null) {
                    KeyValue kv = found.get(keys.get(read++));
                    // null: deleted since listed, or skipped; a current near cache was asked already
                    snapshot = kv == null ? null : evaluation.candidate(pageGuids.get(i), kv, since, !current);
                }
                if (snapshot != null) {
                    guids.add(pageGuids.get(i));
                    snapshots.add(snapshot);
                }
            }
            evaluation.page(guids, snapshots);
        }
    }

    /** The matches of one run, collected page by page. */
    private final class Evaluation {
        private final QueryPlan plan;
        private final PendingWrites tx;
        private final Set<String> seen;
        private final RunContext context;
        private final Row row;
        private final int keyCount;
        private final Consumer<? super CorruptDataException> skipped;
        final List<SortKey.Match> matches = new ArrayList<>();
        int evaluated;

        Evaluation(QueryPlan plan, PendingWrites tx, Consumer<? super CorruptDataException> skipped) {
            this.plan = plan;
            this.tx = tx;
            this.skipped = skipped;
            this.seen = tx == null ? null : new HashSet<>();
            this.context = new RunContext(store, objects, plan, tx);
            this.row = new Row(context);
            this.keyCount = plan.order().size();
        }

        void page(List<String> guids, List<Snapshot> snapshots) {
            if (tx != null) {
                List<String> stored = guids;
                List<Snapshot> storedSnapshots = snapshots;
                guids = new ArrayList<>(stored.size());
                snapshots = new ArrayList<>(stored.size());
                for (int i = 0; i < stored.size(); i++) {
                    String guid = stored.get(i);
                    PendingObject pending = tx.find(plan.model(), guid);
                    if (seen.add(guid) && (pending == null || !pending.deleted())) {
                        guids.add(guid);
                        snapshots.add(pending == null ? storedSnapshots.get(i) : pending.asSnapshot());
                    }
                }
            }
            if (guids.isEmpty()) {
                return;
            }
            evaluated += guids.size();
            context.startPage(guids, snapshots);
            Node filter = plan.filter();
            for (int i = 0; i < guids.size(); i++) {
                try {
                    row.at(guids.get(i), snapshots.get(i));
                    if (filter.test(row)) {
                        matches.add(new SortKey.Match(row.guid(), sortValues(), snapshots.get(i)));
                    }
                } catch (CorruptDataException e) { // a related document the filter or order reads
                    corrupt(e);
                }
            }
        }

        /**
         * The snapshot of the candidate {@code guid} read as {@code kv}: the near cache's when it
         * holds that very revision (the same stored bytes, decoded already; not asked again when
         * {@code askNear} is false, the run having found nothing there), else decoded and offered
         * to it, {@code since} being where the near cache stood before the read; null when its
         * document is corrupt and skipped.
         */
        Snapshot candidate(String guid, KeyValue kv, long since, boolean askNear) {
            Snapshot known = askNear ? near.cached(plan.model(), guid) : null;
            if (known != null && known.revision() == kv.modRevision()) {
                return known;
            }
            Snapshot decoded = decode(kv);
            if (decoded != null) {
                near.fetched(guid, decoded, since);
            }
            return decoded;
        }

        /** The scanned document's snapshot, or null when it is corrupt and skipped. */
        Snapshot decode(KeyValue kv) {
            try {
                return DocumentCodec.decode(plan.model(), kv);
            } catch (CorruptDataException e) {
                corrupt(e);
                return null;
            }
        }

        private void corrupt(CorruptDataException e) {
            if (skipped == null) {
                throw e;
            }
            skipped.accept(e);
        }

        /** Evaluates the objects the transaction saves that the store did not list (created, or moved into an index). */
        void pendingRest() {
            if (tx == null) {
                return;
            }
            List<String> guids = new ArrayList<>();
            List<Snapshot> snapshots = new ArrayList<>();
            for (PendingObject saved : tx.saved(plan.model())) {
                if (!seen.contains(saved.guid())) {
                    guids.add(saved.guid());
                    snapshots.add(saved.asSnapshot());
                }
            }
            page(guids, snapshots);
        }

        private Object[] sortValues() {
            if (keyCount == 0) {
                return NO_KEYS;
            }
            Object[] values = new Object[keyCount];
            for (int k = 0; k < keyCount; k++) {
                Object v = row.value(plan.order().get(k).path());
                values[k] = v == Row.ABSENT ? null : v;
            }
            return values;
        }
    }

    private static final Object[] NO_KEYS = new Object[0];
}
