package io.hybriddal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.codec.Json;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks every line of an import before anything is written: known hybrid and fields, values of
 * the right types, mandatory fields, Bean Validation constraints, unique values free (in the
 * file and in the store), relation targets present (in the file or the store), and objects not
 * already stored (or, with resume, stored with the same content: those are skipped). Problems are
 * collected, not thrown one by one, so a user fixes a file in one round.
 */
final class ImportPlan {

    static final int MAX_PROBLEMS = 20;

    /** The items to write (not yet in dependency order) and how many lines were already stored. */
    record Checked(List<ImportItem> items, int skipped) {
    }

    private final DalEngine engine;
    private final GuidObjects factory;
    private final List<String> problems = new ArrayList<>();

    ImportPlan(DalEngine engine, GuidObjects factory) {
        this.engine = engine;
        this.factory = factory;
    }

    Checked check(List<ObjectLines.Line> lines, boolean resume) {
        List<ImportItem> items = new ArrayList<>();
        Map<String, ObjectLines.Line> byKey = new LinkedHashMap<>();
        Map<String, String> uniques = new HashMap<>();
        try (ValidatorFactory vf = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = vf.getValidator();
            for (ObjectLines.Line line : lines) {
                ImportItem item = item(line, validator);
                if (item == null) {
                    continue;
                }
                String key = Keys.object(item.model(), item.guid());
                if (byKey.putIfAbsent(key, line) != null) {
                    problem("line " + line.number() + ": " + item.model().name() + " " + item.guid() + " appears twice (first on line "
                            + byKey.get(key).number() + ")");
                    continue;
                }
                item.values().forEach((p, v) -> {
                    if (p.unique() && v != null) {
                        String u = Keys.unique(item.model(), p, v);
                        String other = uniques.putIfAbsent(u, item.guid());
                        if (other != null) {
                            problem("line " + line.number() + ": " + item.model().name() + "." + p.name() + " " + v + " is also used by " + other);
                        }
                    }
                });
                items.add(item);
            }
        }
        int skipped = new StoreChecks(engine, this::problem).check(items, byKey, uniques, resume);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return new Checked(items, skipped);
    }

    private ImportItem item(ObjectLines.Line line, Validator validator) {
        int before = problems.size();
        HybridModel m = engine.registry().byName(line.hybrid());
        if (m == null) {
            problem("line " + line.number() + ": unknown hybrid '" + line.hybrid() + "'");
            return null;
        }
        if (line.guid().isBlank() || line.guid().length() > 128) {
            problem("line " + line.number() + ": guid must be 1 to 128 characters");
            return null;
        }
        String where = "line " + line.number() + " (" + m.name() + " " + line.guid() + "): ";
        DataObject probe = factory.create(m, line.guid());
        Map<PropertyModel, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = line.properties().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!(m.field(e.getKey()) instanceof PropertyModel p)) {
                problem(where + "'" + e.getKey() + "' is not a property of " + m.name());
                continue;
            }
            try {
                Object value = Json.MAPPER.convertValue(e.getValue(), Json.MAPPER.constructType(p.getter().getGenericReturnType()));
                GuidObjects.state(probe).setValue(p.index(), value);
                values.put(p, GuidObjects.state(probe).getValue(p.index()));
            } catch (RuntimeException ex) {
                problem(where + m.name() + "." + p.name() + " cannot be " + e.getValue() + ": " + firstLine(ex.getMessage()));
            }
        }
        Map<RelationModel, String> targets = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = line.relations().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!(m.field(e.getKey()) instanceof RelationModel r)) {
                problem(where + "'" + e.getKey() + "' is not a relation of " + m.name());
            } else if (!e.getValue().isNull() && !e.getValue().isTextual()) {
                problem(where + "relation " + r.name() + " must be a guid string or null");
            } else if (e.getValue().isTextual()) {
                targets.put(r, e.getValue().asText());
            }
        }
        for (PropertyModel p : m.properties()) {
            Object value = GuidObjects.state(probe).getValue(p.index());
            if (p.mandatory() && p.canBeMissing() && value == null) {
                problem(where + "mandatory property " + p.name() + " has no value");
            }
            values.putIfAbsent(p, value); // the default, for properties the line leaves out
        }
        for (RelationModel r : m.relations()) {
            if (r.mandatory() && !targets.containsKey(r)) {
                problem(where + "mandatory relation " + r.name() + " has no target");
            }
        }
        if (problems.size() == before && m.constrained()) {
            for (ConstraintViolation<DataObject> v : validator.validate(probe)) {
                problem(where + v.getPropertyPath() + " " + v.getMessage() + " (was " + v.getInvalidValue() + ")");
            }
        }
        return problems.size() == before ? new ImportItem(line.number(), m, line.guid(), values, targets) : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    void problem(String text) {
        problems.add(text);
    }

    /** The import file was refused; nothing was written. */
    static final class ImportRejected extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ImportRejected(List<String> problems) {
            super(problems.size() + " problem(s), nothing was written:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())))
                    + (problems.size() > MAX_PROBLEMS ? "\n  ... and " + (problems.size() - MAX_PROBLEMS) + " more" : ""));
        }
    }
}
