package io.hybriddal.cli;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.codec.Json;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code hybrid-dal inspect HYBRID GUID}: one object's properties, relations (target guids),
 * backref counts, and its dynamics as cached in the volatile store (value and age) — dynamics
 * are not computed, since that would call the storage system.
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
        try (Session session = Session.open(stores, clock)) {
            HybridModel m = session.hybrid(hybrid);
            DataObject o = session.dal.find(m.type(), guid).orElseThrow(() -> new ObjectNotFoundException(
                    m.name() + " " + guid + " is not in " + stores.persistent));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s %s (version %d)%n", m.name(), guid, o.version());
            out.println("properties:");
            for (Map.Entry<String, Object> e : o.export().entrySet()) {
                out.printf("  %-22s %s%n", e.getKey(), Json.MAPPER.writeValueAsString(e.getValue()));
            }
            out.println("relations:");
            for (RelationModel r : m.relations()) {
                String target = o.relationGuid(r.name());
                out.printf("  %-22s %s%n", r.name(), target == null ? "-" : r.target().name() + " " + target);
            }
            out.println("backrefs:");
            for (BackrefModel b : m.incomingBackrefs()) {
                out.printf("  %-22s %d %s%n", b.name(), session.engine().backrefGuids(b, guid).size(), b.source().name());
            }
            out.println("dynamics:");
            String[] keys = session.engine().dynamics().keysOf(m, guid);
            for (DynamicModel d : m.dynamics()) {
                out.printf("  %-22s %s%n", d.name(), cached(session.volatileStore.get(keys[d.index()]), d, clock));
            }
        }
        return 0;
    }

    /** A cache entry is the compute time (8 bytes, big-endian millis) followed by the value's JSON. */
    private static String cached(byte[] entry, DynamicModel d, Clock clock) {
        if (entry == null || entry.length < Long.BYTES) {
            return "(not cached; ttl " + d.ttlSeconds() + " s)";
        }
        long at = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            at = (at << 8) | (entry[i] & 0xff);
        }
        Duration age = Duration.ofMillis(clock.millis() - at);
        String value = new String(entry, Long.BYTES, entry.length - Long.BYTES, StandardCharsets.UTF_8);
        boolean fresh = age.toMillis() < d.ttlSeconds() * 1000L;
        return value + "  (age " + age.toMillis() / 1000.0 + " s, ttl " + d.ttlSeconds() + " s" + (fresh ? "" : ", expired") + ")";
    }
}
