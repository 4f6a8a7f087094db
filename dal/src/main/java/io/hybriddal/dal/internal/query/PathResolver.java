package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves dotted query paths against a hybrid: {@code guid}, a property, a relation (its
 * target's guid), a dynamic, or any of these reached through relations ({@code vpool.name},
 * {@code vdisk.vpool.name}); {@code rel.guid} is the relation itself. Backrefs are lists and
 * cannot be crossed: the query belongs on the other side. A path is resolved once per hybrid.
 */
final class PathResolver {

    static final String GUID = "guid";

    private PathResolver() {
    }

    /** {@code path} resolved on {@code root}: once per hybrid and path ({@link HybridModel#resolvedPath}). */
    static ResolvedPath resolve(HybridModel root, String path) {
        return path == null ? resolveNow(root, null) : root.resolvedPath(path, PathResolver::resolveNow);
    }

    private static ResolvedPath resolveNow(HybridModel root, String path) {
        if (path == null || path.isBlank()) {
            throw QueryErrors.invalid(root, String.valueOf(path), "a path must name a property, relation, dynamic or guid");
        }
        String[] parts = path.split("\\.", -1);
        HybridModel current = root;
        List<RelationModel> hops = new ArrayList<>();
        List<String> generations = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i];
            boolean last = i == parts.length - 1;
            if (name.isEmpty()) {
                throw QueryErrors.invalid(root, path, "empty segment in a dotted path");
            }
            if (name.equals(GUID)) {
                if (!last) {
                    throw QueryErrors.invalid(root, path, "'guid' is a value and has no fields");
                }
                if (hops.isEmpty()) {
                    return new ResolvedPath(path, root, List.of(), ResolvedPath.Terminal.GUID, root, null, null, List.of());
                }
                // x.guid is the relation x itself: no need to read the target
                RelationModel relation = hops.remove(hops.size() - 1);
                return new ResolvedPath(path, root, List.copyOf(hops), ResolvedPath.Terminal.RELATION, ownerOf(root, hops),
                        relation, null, List.copyOf(generations));
            }
            FieldModel field = current.field(name);
            if (field instanceof RelationModel relation) {
                generations.add(Keys.generation(current, relation.name()));
                if (last) {
                    return new ResolvedPath(path, root, List.copyOf(hops), ResolvedPath.Terminal.RELATION, current,
                            relation, null, List.copyOf(generations));
                }
                hops.add(relation);
                current = relation.target();
                continue;
            }
            if (field instanceof PropertyModel property) {
                if (!last) {
                    throw QueryErrors.invalid(root, path, "'" + name + "' is a property of " + current.name()
                            + ", not a relation; only relations can be crossed with '.'");
                }
                generations.add(Keys.generation(current, property.name()));
                return new ResolvedPath(path, root, List.copyOf(hops), ResolvedPath.Terminal.PROPERTY, current,
                        property, null, List.copyOf(generations));
            }
            DynamicModel dynamic = current.dynamic(name);
            if (dynamic != null) {
                if (!last) {
                    throw QueryErrors.invalid(root, path, "'" + name + "' is a dynamic of " + current.name()
                            + ", not a relation; only relations can be crossed with '.'");
                }
                return new ResolvedPath(path, root, List.copyOf(hops), ResolvedPath.Terminal.DYNAMIC, current,
                        null, dynamic, List.copyOf(generations));
            }
            BackrefModel backref = current.backref(name);
            if (backref != null) {
                throw QueryErrors.invalid(root, path, "'" + name + "' is a backref (a list) of " + current.name()
                        + "; query " + backref.source().name() + " by '" + backref.relation().name() + "' instead");
            }
            List<String> known = new ArrayList<>(current.fieldNames());
            current.dynamics().forEach(d -> known.add(d.name()));
            known.add(GUID);
            throw QueryErrors.invalid(root, path, "hybrid '" + current.name() + "' has no property, relation or dynamic named '"
                    + name + "'; it has " + known);
        }
        throw new AssertionError("unreachable");
    }

    /** The hybrid holding the last relation of {@code hops}' prefix: root when empty. */
    private static HybridModel ownerOf(HybridModel root, List<RelationModel> hops) {
        return hops.isEmpty() ? root : hops.get(hops.size() - 1).target();
    }
}
