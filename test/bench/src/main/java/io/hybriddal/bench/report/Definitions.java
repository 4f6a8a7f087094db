package io.hybriddal.bench.report;

import java.util.List;
import java.util.Map;

/** What the results file reports: the ratios with their targets and the peer operations. */
final class Definitions {

    private Definitions() {
    }

    static final List<Ratio> RATIOS = List.of(
            Ratio.of("near-cache get vs raw Caffeine getIfPresent (memory stores, 100k objects, random keys)",
                    "NearCacheGetBench.dalNearCacheGet", "NearCacheGetBench.rawCaffeineGet", 3.0,
                    "raw: Caffeine bounded like the near cache, guid -> stored document bytes"),
            Ratio.of("uncached get over etcd vs raw jetcd get (serializable)",
                    "EtcdGetBench.dalGetUncached", "EtcdGetBench.rawGetSerializable", 1.15,
                    "Dal with nearCacheSize(0): CACHED reads are serializable; raw withSerializable(true)"),
            Ratio.of("STRONG get over etcd vs raw jetcd get (linearizable)",
                    "EtcdGetBench.dalGetStrong", "EtcdGetBench.rawGetLinearizable", 1.15,
                    "Consistency.STRONG vs jetcd default GetOption"),
            Ratio.of("save over etcd vs raw jetcd Txn with the same keys and compares (Dal with its near cache)",
                    "EtcdSaveBench.dalSave[nearCache=true]", "EtcdSaveBench.rawTxn[nearCache=true]", 1.2,
                    "both indexed props and the relation change: 2 compares, 11 ops (doc, 2x2 index, 2 reverse, link stamp, 3 generations)"),
            Ratio.of("dynamic hit vs raw Xmemcached get of the same key (memcached)",
                    "DynamicBench.dalDynamicMemcached", "DynamicBench.rawXmemcachedGet", 1.2,
                    "text protocol, 1 connection, raw bytes on both sides"),
            Ratio.of("dynamic hit vs raw Caffeine get of the same key (memory volatile store)",
                    "DynamicBench.dalDynamicMemory", "DynamicBench.rawCaffeineGet", 3.0, ""),
            Ratio.of("indexed equality query, 10 of 100,000, vs 10 raw gets (memory store, query cache bypassed)",
                    "QueryBench.dalQueryIndexed", "QueryBench.rawTenGets", 2.0,
                    "the index path on every call; raw: PersistentStore.get of the 10 documents"),
            Ratio.of("the same query over etcd, 10 of 100,000, vs 10 raw jetcd gets (query cache bypassed)",
                    "EtcdLargeBench.queryIndexed[objects=100000]", "EtcdLargeBench.rawTenGets[objects=100000]", 2.0,
                    "where a get is a round trip: generations, index scan and documents read linearizably; raw: 10 linearizable gets in sequence; 1 fork each"),
            Ratio.of("ten near-cache gets of the same 10 objects vs 10 raw gets (memory store)",
                    "QueryBench.dalTenGets", "QueryBench.rawTenGets", null,
                    "the floor of any query returning them: dal.get of each, names read; every object loaded"),
            Ratio.of("the indexed query vs ten near-cache gets of its results (memory store)",
                    "QueryBench.dalQueryIndexed", "QueryBench.dalTenGets", null,
                    "what finding the 10 costs beyond fetching them"),
            Ratio.of("same query with the query cache on (memory) vs 10 raw gets",
                    "PeerDalBench.queryIndexed", "QueryBench.rawTenGets", null, "for information"),
            Ratio.of("non-indexed equality query (scan of 100,000) vs 10 raw gets (contrast)",
                    "QueryBench.dalQueryScan", "QueryBench.rawTenGets", null, "what the index saves"),
            Ratio.of("backref of 1,000 over etcd (no near cache) vs one raw range read of the 1,000 documents",
                    "BackrefBench.dalBackref1000", "BackrefBench.rawRangeGet1000", null,
                    "raw: one round trip, the floor; round trips of hybrid-dal in the scale table"),
            Ratio.of("backref of 1,000 over etcd vs raw multi-get by key (8 txns of 125 gets; max-txn-ops 128)",
                    "BackrefBench.dalBackref1000", "BackrefBench.rawTxnGets1000", null, ""));

    /** Peer operations: PeerDalBench.X against PeerHibernateBench.X. */
    static final List<String[]> PEER = List.of(
            new String[] {"find", "find by id (warm)"},
            new String[] {"lazyToOne", "find + lazy to-one (pool name)"},
            new String[] {"reverse1000", "reverse collection of 1,000 (iterate, read names)"},
            new String[] {"queryIndexed", "query by indexed column, 10 rows (query cache on)"},
            new String[] {"update", "update of one field (find, set, save/commit)"});

    /** hybrid-dal must be at least this many times faster than the peer (DESIGN.md). */
    static final double PEER_SPEEDUP_TARGET = 3.0;

    /**
     * The most a scale row may measure, by the start of its name (DESIGN.md): heap per cached
     * object (no more than Hibernate's L2, about 380 B), no N+1 on a backref (pages + 1 round
     * trips), 50 hybrids registered in 0.5 s.
     */
    private static final Map<String, Double> SCALE_TARGETS = Map.of(
            "near cache: retained heap per cached vDisk", 380.0,
            "backref of 1,000 over etcd: store round trips", 11.0,
            "register 50 hybrids", 500.0);

    /** The target of the scale row {@code name}, or null when it has none. */
    static Double scaleTarget(String name) {
        return SCALE_TARGETS.entrySet().stream().filter(e -> name.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
