package io.hybriddal.cli;

import io.hybriddal.dal.BackrefInfo;
import io.hybriddal.dal.CachedDynamic;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.DynamicInfo;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.RelationInfo;
import io.hybriddal.dal.StoredDocument;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code hybrid-dal inspect HYBRID GUID}: one object's properties (marking those the stored document
 * lacks, shown with their declared default), stored fields the model does not declare, relations (target guids),
 * backref counts, and its dynamics as cached in the volatile store (value and age) — dynamics
 * are not computed, since that would call the storage system. A document the model cannot read is
 * named (key and why) with the fields it stores as they are, and the exit code is then
 * {@link CorruptDocuments#EXIT_CODE}.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Shows one object: properties, relations, backrefs, cached dynamics.")
final class InspectCommand implements Callable<Integer> {

    @Mixin
    StoreOptions stores;

    @Parameters(index = "0", paramLabel = "HYBRID", description = "hybrid name, e.g. vdisk")
    String hybrid;

    @Parameters(index = "1", paramLabel = "GUID", description = "the object's guid")
    String guid;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Clock clock = Clock.systemUTC();
        try (Session session = Session.open(stores, clock, Session.Access.READ_ONLY)) {
            HybridInfo m = session.hybrid(hybrid);
            PrintWriter out = spec.commandLine().getOut();
            DataObject o;
            try {
                o = session.dal.find(m.name(), guid).orElseThrow(() -> new ObjectNotFoundException(
                        m.name() + " " + guid + " is not in " + stores.persistent));
            } catch (CorruptDataException e) {
                return corrupt(session, m, e, out);
            }
            Map<String, String> stored = session.dal.admin().storedDocument(m.name(), guid).map(StoredDocument::fields).orElse(Map.of());
            out.printf("%s %s (version %d)%n", m.name(), guid, o.version());
            out.println("properties:");
            for (Map.Entry<String, Object> e : o.export().entrySet()) {
                out.printf("  %-22s %s%s%n", e.getKey(), CliJson.MAPPER.writeValueAsString(e.getValue()),
                        stored.containsKey(e.getKey()) ? "" : "  (not stored: the declared default)");
            }
            Map<String, String> unknown = new LinkedHashMap<>(stored);
            m.properties().forEach(p -> unknown.remove(p.name()));
            m.relations().forEach(r -> unknown.remove(r.name()));
            if (!unknown.isEmpty()) {
                out.println("stored fields the model does not declare:");
                unknown.forEach((field, json) -> out.printf("  %-22s %s%n", field, json));
            }
            out.println("relations:");
            for (RelationInfo r : m.relations()) {
                String target = o.relationGuid(r.name());
                out.printf("  %-22s %s%n", r.name(), target == null ? "-" : r.target() + " " + target);
            }
            out.println("backrefs:");
            for (BackrefInfo b : m.backrefs()) {
                out.printf("  %-22s %d %s%n", b.name(), count(o, b), b.source());
            }
            out.println("dynamics:");
            for (DynamicInfo d : m.dynamics()) {
                out.printf("  %-22s %s%n", d.name(), cached(session.dal.admin().cachedDynamic(o, d.name()), d.ttl(), clock.instant()));
            }
        }
        return 0;
    }

    /** What inspect shows of a document the model cannot read: its key, why, and its stored fields as they are when it is a JSON object. */
    private int corrupt(Session session, HybridInfo m, CorruptDataException e, PrintWriter out) {
        CorruptDocuments corrupt = new CorruptDocuments(spec.commandLine().getErr());
        corrupt.skipped(e);
        out.printf("%s %s: corrupt document [%s]%n", m.name(), guid, e.key());
        try {
            StoredDocument doc = session.dal.admin().storedDocument(m.name(), guid).orElseThrow();
            out.printf("stored fields as they are (version %d):%n", doc.version());
            doc.fields().forEach((field, json) -> out.printf("  %-22s %s%n", field, json));
        } catch (CorruptDataException notAnObject) {
            out.println("the document is not a JSON object: " + notAnObject.getMessage());
        }
        return corrupt.finish("(shown as stored above)");
    }

    /** How many objects the backref lists: its guids only (no member is loaded), or its one object when one-to-one. */
    private static int count(DataObject o, BackrefInfo b) {
        Object members = o.get(b.name());
        if (members instanceof DataList<?> list) {
            return list.guids().size();
        }
        return members == null ? 0 : 1;
    }

    /** A dynamic's cache entry as inspect prints it: the value's JSON, its age at {@code now} and whether it expired. */
    static String cached(Optional<CachedDynamic> entry, Duration ttlOfDynamic, Instant now) {
        long ttl = ttlOfDynamic.toSeconds();
        if (entry.isEmpty()) {
            return "(not cached; ttl " + ttl + " s)";
        }
        CachedDynamic c = entry.get();
        Duration age = Duration.between(c.computedAt(), now);
        return c.json() + "  (age " + age.toMillis() / 1000.0 + " s, ttl " + ttl + " s" + (c.freshAt(now) ? "" : ", expired") + ")";
    }
}
