package io.hybriddal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.hybriddal.dal.Dal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates the admin report of a {@link Dal}: the model (with its ELK-laid-out diagram), the
 * objects, the dynamics' meters, an index consistency check, the stores' health and optionally
 * one object's neighbourhood. The result is one self-contained HTML page (no network access,
 * readable without JavaScript) and a JSON file with the same data.
 *
 * <pre>{@code
 * ReportData data = ReportGenerator.collect(dal, ReportOptions.defaults().withStores(pUri, vUri));
 * ReportGenerator.write(data, Path.of("out/report.html"));   // and out/report.json
 * }</pre>
 *
 * <p>Reads only; safe to run against a live system (it reads every object's document twice: for
 * the consistency check, and for each hybrid's guid-ordered first page; plus, per page, the
 * relation targets named in it, and one count query per value of each status-like property). Works on any
 * {@link Dal}: it uses only the public API ({@link Dal#model()}, {@link Dal#admin()}, access by name).
 */
public final class ReportGenerator {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportGenerator() {
    }

    /** The mapper the report uses for values and for its JSON form. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Gathers the report's data from {@code dal}, any {@link Dal}: only its public model and
     * {@link Dal#admin()} are used.
     *
     * @throws io.hybriddal.dal.InvalidHybridException  if the neighbourhood's hybrid is not registered
     * @throws io.hybriddal.dal.ObjectNotFoundException if the neighbourhood's object does not exist
     */
    public static ReportData collect(Dal dal, ReportOptions options) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ReportGenerator.class.getClassLoader();
        List<ModelDoc> model = ModelCatalog.describe(dal.model(), ModelJson.load(loader, MAPPER));
        Set<String> corrupt = new TreeSet<>();
        List<LiveData.HybridObjects> objects = LiveObjects.collect(dal, options.objectsPerHybrid(), MAPPER, e -> corrupt.add(e.key()));
        Map<String, Long> counts = new LinkedHashMap<>();
        objects.forEach(o -> counts.put(o.hybrid(), o.count()));
        List<String> notes = new ArrayList<>();
        if (model.stream().anyMatch(m -> m.source().equals("engine"))) {
            notes.add("Some hybrids have no META-INF/hybrid-dal/model.json on the class path: their docs and constraints come from the engine's models.");
        }
        Neighbourhood neighbourhood = options.focusHybrid() == null ? null
                : NeighbourhoodWalker.walk(dal, options.focusHybrid(), options.focusGuid(), options.follow(),
                options.depth(), options.maxNodes());
        if (neighbourhood != null && neighbourhood.truncated()) {
            notes.add("The neighbourhood of " + neighbourhood.root() + " was cut at " + options.maxNodes() + " objects.");
        }
        List<LiveData.StatusCounts> statuses = StatusCensus.count(dal, counts, e -> corrupt.add(e.key()));
        if (!corrupt.isEmpty()) {
            notes.add(corrupt.size() + " corrupt document" + (corrupt.size() == 1 ? " was" : "s were")
                    + " left out of the object tables and status counts (the consistency check names every corrupt document): "
                    + String.join(", ", corrupt));
        }
        return new ReportData(options.title(), Instant.now().toString(),
                StoreHealth.probe(dal.admin(), options.persistentUri(), options.volatileUri()),
                model, ModelDiagram.build(model, counts), objects,
                DynamicMeters.collect(dal.admin(), dal.model()),
                dal.admin().checkConsistency(options.examples()),
                neighbourhood, notes, statuses, LiveData.ModelRecord.of(dal.modelStatus()));
    }

    /** The HTML page of {@code data}. */
    public static String html(ReportData data) {
        return HtmlReport.render(data, MAPPER);
    }

    /** The JSON form of {@code data}. */
    public static String json(ReportData data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON: " + e.getMessage(), e);
        }
    }

    /** Writes the page to {@code htmlFile} and the JSON next to it ({@link #jsonFileOf}); creates parent directories. */
    public static void write(ReportData data, Path htmlFile) {
        try {
            Path parent = htmlFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(htmlFile, html(data), StandardCharsets.UTF_8);
            Files.writeString(jsonFileOf(htmlFile), json(data), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + htmlFile + ": " + e.getMessage(), e);
        }
    }

    /** {@code report.html} → {@code report.json} (same directory). */
    public static Path jsonFileOf(Path htmlFile) {
        String name = htmlFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return htmlFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }
}
