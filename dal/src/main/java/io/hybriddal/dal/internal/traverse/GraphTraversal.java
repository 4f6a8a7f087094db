package io.hybriddal.dal.internal.traverse;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Graph;
import io.hybriddal.dal.Traversal;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.Liveness;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.ObjectLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The {@link Traversal} of the engine: checks its settings, then hands each run to a {@link GraphWalk}. Not thread-safe. */
public final class GraphTraversal implements Traversal {

    private final ModelRegistry registry;
    private final ObjectLoader loader;
    private final Liveness liveness;
    private final DataObject start;
    private final Set<String> follow = new LinkedHashSet<>();
    private int depth = 1;
    private int maxNodes = Integer.MAX_VALUE;
    private int maxFanOut = Integer.MAX_VALUE;

    /** @throws IllegalArgumentException if {@code start} is not an object of this registry's Dal */
    public GraphTraversal(ModelRegistry registry, ObjectLoader loader, Liveness liveness, DataObject start) {
        this.registry = registry;
        this.loader = loader;
        this.liveness = liveness;
        this.start = Objects.requireNonNull(start, "start");
        HybridModel model = state(start).model();
        if (registry.byName(model.name()) != model) {
            throw new IllegalArgumentException(start + " is not an object of this Dal");
        }
    }

    static ObjectState state(DataObject object) {
        return ((HybridProxy) object).$$hybridState();
    }

    @Override
    public Traversal follow(String... members) {
        Objects.requireNonNull(members, "members");
        Set<String> known = new TreeSet<>();
        for (HybridModel model : registry.models()) {
            model.relations().forEach(r -> known.add(r.name()));
            model.incomingBackrefs().forEach(b -> known.add(b.name()));
        }
        List<String> unknown = new ArrayList<>();
        for (String member : members) {
            if (!known.contains(Objects.requireNonNull(member, "member"))) {
                unknown.add(member);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no registered hybrid has a relation or backref named " + unknown
                    + "; relations and backrefs: " + known);
        }
        follow.addAll(List.of(members));
        return this;
    }

    @Override
    public Traversal depth(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be at least 0, was " + depth);
        }
        this.depth = depth;
        return this;
    }

    @Override
    public Traversal maxNodes(int maxNodes) {
        if (maxNodes < 1) {
            throw new IllegalArgumentException("maxNodes must be at least 1, was " + maxNodes);
        }
        this.maxNodes = maxNodes;
        return this;
    }

    @Override
    public Traversal maxFanOut(int children) {
        if (children < 0) {
            throw new IllegalArgumentException("maxFanOut must be at least 0, was " + children);
        }
        this.maxFanOut = children;
        return this;
    }

    @Override
    public Graph run() {
        liveness.requireOpen();
        return new GraphWalk(loader, Set.copyOf(follow), maxNodes, maxFanOut).run(start, depth);
    }

    /** The relations of {@code model} among the followed names. */
    static List<RelationModel> relations(HybridModel model, Set<String> follow) {
        return model.relations().stream().filter(r -> follow.contains(r.name())).toList();
    }

    /** The backrefs (declared or not) of {@code model} among the followed names. */
    static List<BackrefModel> backrefs(HybridModel model, Set<String> follow) {
        return model.incomingBackrefs().stream().filter(b -> follow.contains(b.name())).toList();
    }
}
