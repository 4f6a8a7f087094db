package io.hybriddal.cli;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Graph;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.report.GraphSvg;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hybrid-dal graph HYBRID:GUID --follow a,b --depth n}: the objects reachable from one object
 * through the named relations and backrefs ({@code Dal.traverse}), as text (nodes by depth, then the
 * links) or as an SVG drawing laid out like the report's neighbourhood.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Shows the objects reachable from one object through the named relations and backrefs.",
                "Text lists them by depth with their natural key, then the links (child -> parent); svg draws them."})
final class GraphCommand implements Callable<Integer> {

    /** How the graph is written. */
    enum Format { text, svg }

    @Mixin
    StoreOptions stores;

    @Parameters(index = "0", paramLabel = "HYBRID:GUID", description = "the object to start from, e.g. vpool:1f0c...")
    String object;

    @Option(names = "--follow", paramLabel = "NAME", split = ",", required = true,
            description = "relations and backrefs to follow, of the object's hybrid or of the hybrids they reach")
    List<String> follow = new ArrayList<>();

    @Option(names = "--depth", paramLabel = "N", defaultValue = "2", description = "hops from the object (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "1000", description = "most objects shown (default: ${DEFAULT-VALUE})")
    int maxNodes;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or svg (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write to FILE instead of the standard output")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (depth < 0 || maxNodes < 1) {
            throw usage(depth < 0 ? "--depth must be 0 or more, not " + depth : "--max-nodes must be 1 or more, not " + maxNodes);
        }
        int colon = object.indexOf(':');
        if (colon <= 0 || colon == object.length() - 1) {
            throw usage("HYBRID:GUID expected, e.g. vpool:1f0c..., not " + object);
        }
        String guid = object.substring(colon + 1);
        try (Session session = Session.open(stores, Clock.systemUTC(), Session.Access.READ_ONLY)) {
            HybridInfo start = session.hybrid(object.substring(0, colon));
            FollowNames.problem(session.dal.model(), start, follow, depth).ifPresent(problem -> {
                throw usage(problem);
            });
            DataObject root = session.dal.find(start.name(), guid).orElseThrow(() -> new ObjectNotFoundException(
                    start.name() + " " + guid + " is not in " + stores.persistent));
            Graph graph = session.dal.traverse(root).follow(follow.toArray(String[]::new)).depth(depth).maxNodes(maxNodes).run();
            String text = format == Format.svg ? GraphSvg.svg(session.dal.model(), graph)
                    : GraphText.render(session.dal.model(), graph, maxNodes);
            write(text, graph);
        }
        return 0;
    }

    private void write(String text, Graph graph) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        stdout.printf("graph: %s (%d objects, %d links%s)%n", out, graph.nodes().size(), graph.edges().size(),
                graph.truncated() ? ", cut at --max-nodes" : "");
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
