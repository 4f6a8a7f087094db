package io.hybriddal.dal.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration of hybrid-dal: strict (no coercion of strings into numbers,
 * floats into ints, or numbers and booleans into strings, so wrong stored types are reported
 * rather than guessed; a field given twice is an error), ISO-8601 instants, and no default
 * typing (nothing in stored JSON chooses a Java class).
 *
 * <p>The limits of what the reader accepts are set here, explicitly, once ({@link #READ_LIMITS});
 * the writer of documents checks every document against them before it is stored, so that a
 * document the engine writes can always be read again.
 */
public final class Json {

    /** Longest field name, including map keys, in characters (Jackson's default). */
    public static final int MAX_NAME_LENGTH = 50_000;

    /** Deepest nesting of objects and arrays (Jackson's default). */
    public static final int MAX_NESTING_DEPTH = 1_000;

    /** Longest number, in characters (Jackson's default). */
    public static final int MAX_NUMBER_LENGTH = 1_000;

    /** Longest string value, in characters (Jackson's default). */
    public static final int MAX_STRING_LENGTH = 20_000_000;

    /** What the reader accepts; documents breaking these limits are refused at save. */
    public static final StreamReadConstraints READ_LIMITS = StreamReadConstraints.builder()
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build();

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(READ_LIMITS)
                    .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfig(LogicalType.Textual, strings -> strings
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    public static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {
    }
}
