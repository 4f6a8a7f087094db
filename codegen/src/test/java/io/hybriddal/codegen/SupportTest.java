package io.hybriddal.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.internal.rules.BeanNames;
import io.hybriddal.dal.internal.rules.JsonSyntax;
import io.hybriddal.dal.PropertyPath;
import io.hybriddal.dal.Relation;
import io.hybriddal.dal.RelationPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small pieces the processor is built from: names, JSON syntax and JSON writing. */
class SupportTest {

    @Test
    void annotationNameConstants_matchTheApiClasses() {
        assertThat(List.of(Names.HYBRID, Names.PROPERTY, Names.RELATION, Names.BACKREF, Names.DYNAMIC,
                Names.DATA_OBJECT, Names.DATA_LIST, Names.PROPERTY_PATH, Names.RELATION_PATH))
                .containsExactly(Hybrid.class.getName(), Property.class.getName(), Relation.class.getName(),
                        Backref.class.getName(), Dynamic.class.getName(), DataObject.class.getName(),
                        DataList.class.getName(), PropertyPath.class.getName(), RelationPath.class.getName());
    }

    @Test
    void decapitalize_followsJavaBeans() {
        assertThat(BeanNames.decapitalize("VolumeId")).isEqualTo("volumeId");
        assertThat(BeanNames.decapitalize("URL")).isEqualTo("URL");
        assertThat(BeanNames.decapitalize("X")).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "[1, -2.5e+3, true, false, null, \"a\\u00e9\\n\"]", " {\"a\": {\"b\": [{}]}} "})
    void validJson_parses(String text) {
        JsonSyntax.parse(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{a: 1}", "01", "\"\\x\"", "[1] 2", "tru", "\"a\nb\"", "1."})
    void invalidJson_isRejected_withOffset(String text) {
        assertThatThrownBy(() -> JsonSyntax.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at offset");
    }

    @Test
    void jsonWriter_escapesAndIndents() {
        String json = new JsonWriter().beginObject().field("a", "q\"\\\n\u0001").name("b")
                .value(Map.of("c", List.of(1, 2.5, true))).field("d", null).name("e").beginArray().endArray()
                .endObject().toString();
        assertThat(json).isEqualTo("""
                {
                  "a": "q\\"\\\\\\n\\u0001",
                  "b": {
                    "c": [
                      1,
                      2.5,
                      true
                    ]
                  },
                  "d": null,
                  "e": []
                }
                """);
    }
}
