package io.hybriddal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.MemberInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
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
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks every line of an import before anything is written: known hybrid and fields, values of
 * the right types, mandatory fields, Bean Validation constraints, unique values free (in the
 * file and in the store), relation targets present (in the file or the store), and objects not
 * already stored (or, with resume, stored with the same content: those are skipped). Problems are
 * collected, not thrown one by one, so a user fixes a file in one round.
 *
 * <p>Only public API: each line becomes a probe object ({@code dal.create(hybrid, guid)}, never
 * saved) whose members are set by name, values converted from JSON with the property's generic
 * type; what the probe then holds is what the import writes. A declared property the line leaves
 * out is written with its declared default (every save writes every declared field). Fields under
 * {@code "unknown"} (stored fields the model does not declare) are written back as they are.
 */
final class ImportPlan {

    static final int MAX_PROBLEMS = 20;

    /** The items to write (not yet in dependency order) and how many lines were already stored. */
    record Checked(List<ImportItem> items, int skipped) {
    }

    private final Dal dal;
    private final List<String> problems = new ArrayList<>();
    /** Per hybrid name, whether its class declares Bean Validation constraints (validation is skipped otherwise). */
    private final Map<String, Boolean> constrained = new HashMap<>();

    ImportPlan(Dal dal) {
        this.dal = dal;
    }

    Checked check(List<ObjectLines.Line> lines, boolean resume) {
        List<ImportItem> items = new ArrayList<>();
        Map<ObjectRef, ObjectLines.Line> byRef = new LinkedHashMap<>();
        Map<UniqueValue, ImportItem> uniques = new HashMap<>();
        try (ValidatorFactory vf = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = vf.getValidator();
            for (ObjectLines.Line line : lines) {
                ImportItem item = item(line, validator);
                if (item == null) {
                    continue;
                }
                if (byRef.putIfAbsent(item.ref(), line) != null) {
                    problem("line " + line.number() + ": " + item.hybrid().name() + " " + item.guid() + " appears twice (first on line "
                            + byRef.get(item.ref()).number() + ")");
                    continue;
                }
                item.values().forEach((p, v) -> {
                    if (p.unique() && v != null) {
                        ImportItem other = uniques.putIfAbsent(StoreChecks.uniqueValue(item.hybrid(), p, v), item);
                        if (other != null) {
                            problem("line " + line.number() + ": " + item.hybrid().name() + "." + p.name() + " " + v + " is also used by "
                                    + other.guid());
                        }
                    }
                });
                items.add(item);
            }
        }
        int skipped = new StoreChecks(dal, this::problem).check(items, byRef, uniques, resume);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return new Checked(items, skipped);
    }

    private ImportItem item(ObjectLines.Line line, Validator validator) {
        int before = problems.size();
        Optional<HybridInfo> known = dal.model().findHybrid(line.hybrid());
        if (known.isEmpty()) {
            problem("line " + line.number() + ": unknown hybrid '" + line.hybrid() + "'");
            return null;
        }
        HybridInfo m = known.get();
        DataObject probe;
        try {
            probe = dal.create(m.name(), line.guid());
        } catch (IllegalArgumentException e) { // a guid outside 1 to 128 of [A-Za-z0-9._-]: the message says so
            problem("line " + line.number() + ": " + e.getMessage());
            return null;
        }
        String where = "line " + line.number() + " (" + m.name() + " " + line.guid() + "): ";
        Map<PropertyInfo, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = line.properties().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!(member(m, e.getKey()) instanceof PropertyInfo p)) {
                problem(where + "'" + e.getKey() + "' is not a property of " + m.name());
                continue;
            }
            try {
                probe.set(p.name(), CliJson.convert(e.getValue(), p.genericType()));
                values.put(p, probe.get(p.name()));
            } catch (RuntimeException ex) {
                problem(where + m.name() + "." + p.name() + " cannot be " + e.getValue() + ": " + firstLine(ex.getMessage()));
            }
        }
        Map<RelationInfo, String> targets = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = line.relations().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!(member(m, e.getKey()) instanceof RelationInfo r)) {
                problem(where + "'" + e.getKey() + "' is not a relation of " + m.name());
            } else if (!e.getValue().isNull() && !e.getValue().isTextual()) {
                problem(where + "relation " + r.name() + " must be a guid string or null");
            } else if (e.getValue().isTextual()) {
                targets.put(r, e.getValue().asText());
            }
        }
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = line.unknown().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("_v") || member(m, e.getKey()) instanceof PropertyInfo || member(m, e.getKey()) instanceof RelationInfo) {
                problem(where + "unknown field '" + e.getKey() + "' is " + (e.getKey().equals("_v") ? "the reserved version field"
                        : "declared by " + m.name() + ": put it in \"properties\" or \"relations\""));
            } else {
                unknown.put(e.getKey(), e.getValue().toString());
            }
        }
        for (PropertyInfo p : m.properties()) {
            Object value = probe.get(p.name());
            if (p.mandatory() && value == null) { // a primitive always has a value
                problem(where + "mandatory property " + p.name() + " has no value");
            }
            values.putIfAbsent(p, value); // the default, for properties the line leaves out
        }
        for (RelationInfo r : m.relations()) {
            if (r.mandatory() && !targets.containsKey(r)) {
                problem(where + "mandatory relation " + r.name() + " has no target");
            }
        }
        if (problems.size() == before && constrained(m, validator)) {
            for (ConstraintViolation<DataObject> v : validator.validate(probe)) {
                problem(where + v.getPropertyPath() + " " + v.getMessage() + " (was " + v.getInvalidValue() + ")");
            }
        }
        return problems.size() == before ? new ImportItem(line.number(), m, line.guid(), values, targets, unknown) : null;
    }

    private static MemberInfo member(HybridInfo m, String name) {
        return m.member(name).orElse(null);
    }

    private boolean constrained(HybridInfo m, Validator validator) {
        return constrained.computeIfAbsent(m.name(), n -> validator.getConstraintsForClass(m.type()).isBeanConstrained());
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
