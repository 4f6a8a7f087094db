package io.hybriddal.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.hybriddal.dal.Change;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.MemberInfo;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A plan as a readable diff: one line per step ({@code + create}, {@code ~ update}, {@code - delete},
 * the object named by its natural key), then one line per changed member ({@code before -> after}),
 * relations shown by their target's natural key. Coloured (ANSI) only when asked, for a terminal.
 */
final class PlanText {

    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    /** Whether standard output is a terminal: as {@code bin/hybrid-dal} found ({@code [ -t 1 ]}), else whether there is a console. */
    static boolean stdoutIsTerminal() {
        String told = System.getProperty("hybriddal.stdout.terminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    private final Dal dal;
    private final boolean colour;
    /** Natural keys of objects the plan creates, by guid: they are not in the store yet. */
    private final Map<String, Object> created = new HashMap<>();

    PlanText(Dal dal, boolean colour) {
        this.dal = dal;
        this.colour = colour;
    }

    /** "3 to create, 1 to update, 0 to delete". */
    static String summary(List<PlanStep> steps) {
        int[] c = new int[3];
        steps.forEach(s -> c[s.action().ordinal()]++);
        return c[0] + " to create, " + c[1] + " to update, " + c[2] + " to delete";
    }

    void print(List<PlanStep> steps, PrintWriter out) {
        for (PlanStep s : steps) {
            naturalKey(s.hybrid()).ifPresent(key -> {
                Change c = s.changes().get(key);
                if (s.action() == PlanAction.CREATE && c != null) {
                    created.put(s.guid(), c.after());
                }
            });
        }
        for (PlanStep s : steps) {
            String colourOf = switch (s.action()) {
                case CREATE -> GREEN;
                case UPDATE -> YELLOW;
                case DELETE -> RED;
            };
            String sign = switch (s.action()) {
                case CREATE -> "+";
                case UPDATE -> "~";
                case DELETE -> "-";
            };
            out.println(paint(colourOf, sign + " " + s.action().name().toLowerCase(Locale.ROOT) + " " + s.hybrid() + " "
                    + name(s.hybrid(), s.guid(), s)));
            HybridInfo hybrid = dal.model().hybrid(s.hybrid());
            s.changes().forEach((member, change) -> {
                MemberInfo info = hybrid.member(member).orElseThrow();
                String text = switch (s.action()) {
                    case CREATE -> value(info, change.after());
                    case DELETE -> value(info, change.before());
                    case UPDATE -> value(info, change.before()) + " -> " + value(info, change.after());
                };
                out.println("    " + member + ": " + text);
            });
        }
        out.flush();
    }

    /** "pool-a (3f2a...)", or the guid alone for a hybrid without natural key. */
    private String name(String hybrid, String guid, PlanStep step) {
        Object key = naturalKeyOf(hybrid, guid, step);
        return key == null ? guid : key + " (" + guid + ")";
    }

    private Object naturalKeyOf(String hybrid, String guid, PlanStep step) {
        Optional<String> key = naturalKey(hybrid);
        if (key.isEmpty()) {
            return null;
        }
        if (created.containsKey(guid)) {
            return created.get(guid);
        }
        if (step != null && step.changes().containsKey(key.get())) {
            Change c = step.changes().get(key.get());
            return c.before() != null ? c.before() : c.after();
        }
        return dal.find(hybrid, guid).map(o -> o.get(key.get())).orElse(null);
    }

    private Optional<String> naturalKey(String hybrid) {
        return dal.model().hybrid(hybrid).naturalKey().map(PropertyInfo::name);
    }

    private String value(MemberInfo member, Object value) {
        if (value == null) {
            return "null";
        }
        if (member instanceof RelationInfo r) {
            Object key = naturalKeyOf(r.target(), (String) value, null);
            return r.target() + " " + (key == null ? value : key);
        }
        // quoted and escaped as JSON: a stored value can never smuggle terminal control sequences into the diff
        String text = value instanceof String s ? '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"'
                : value instanceof DataObject d ? d.getGuid() : String.valueOf(value);
        return text;
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
