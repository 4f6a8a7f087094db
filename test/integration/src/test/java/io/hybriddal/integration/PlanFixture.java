package io.hybriddal.integration;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Design;
import io.hybriddal.integration.model.Rack;
import io.hybriddal.integration.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The store and design of the plan tests on etcd, shared with the child JVM of the crash test:
 * rack a with servers s0..s99, and a design that moves s0..s49 to a new rack b, creates
 * s100..s249 and (owning servers) deletes s50..s99: 251 steps, far more than one etcd transaction.
 */
final class PlanFixture {

    static final int STEPS = 251;

    private PlanFixture() {
    }

    static void seed(Dal dal) {
        Rack a = dal.create(Rack.class);
        a.setName("a");
        a.save();
        for (int from = 0; from < 100; from += 10) {
            int start = from;
            dal.inTransaction(() -> {
                for (int i = start; i < start + 10; i++) {
                    Server s = dal.create(Server.class);
                    s.setName("s" + i);
                    s.setDisks(1);
                    s.setRack(a);
                    s.save();
                }
            });
        }
    }

    static Design design(Dal dal) {
        List<DataObject> objects = new ArrayList<>();
        Rack b = dal.create(Rack.class);
        b.setName("b");
        objects.add(b);
        for (int i = 0; i < 250; i = i == 49 ? 100 : i + 1) {
            Server s = dal.create(Server.class);
            s.setName("s" + i);
            s.setDisks(5);
            s.setRack(b);
            objects.add(s);
        }
        return Design.of(objects).owning(Server.class);
    }

    /** Every server as name → guid disks@rack, and the racks. */
    static TreeMap<String, String> contents(Dal dal) {
        TreeMap<String, String> contents = new TreeMap<>();
        dal.query(Server.class).list().forEach(s -> contents.put(s.getName(), s.getGuid() + " " + s.getDisks() + "@" + s.getRack().getName()));
        dal.query(Rack.class).list().forEach(r -> contents.put("rack " + r.getName(), r.getGuid()));
        return contents;
    }
}
