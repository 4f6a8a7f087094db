package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DataList whose member was deleted before its page loaded: streams, arrays and forEach see
 * exactly what iteration sees; size() and get(i) stay positional over the resolved guids.
 */
class DataListStreamsTest {

    private final Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).register(Note.class).build();
    private Note first;
    private Note deleted;
    private Note last;
    private DataList<Note> list;

    @BeforeEach
    void listOfThree_whoseMiddleMemberIsDeletedBeforeItsPageLoads() {
        first = saved("first");
        deleted = saved("deleted");
        last = saved("last");
        list = dal.list(Note.class, List.of(first.getGuid(), deleted.getGuid(), last.getGuid()));
        deleted.delete();
    }

    @AfterEach
    void close() {
        dal.close();
    }

    private Note saved(String title) {
        Note note = dal.create(Note.class);
        note.setTitle(title);
        note.save();
        return note;
    }

    @Test
    void stream_toList_givesTheMembersIterationGives() {
        List<Note> iterated = new ArrayList<>();
        list.iterator().forEachRemaining(iterated::add);

        assertThat(iterated).containsExactly(first, last);
        assertThat(list.stream().toList()).containsExactly(first, last);
        assertThat(list.stream().collect(Collectors.toList())).containsExactly(first, last);
        assertThat(list.parallelStream().map(Note::getTitle).toList()).containsExactly("first", "last");
    }

    @Test
    void stream_count_agreesWithIteration() {
        assertThat(list.stream().count()).isEqualTo(2);
        assertThat(list.stream().skip(1).findFirst()).contains(last);
    }

    @Test
    void toArray_andForEach_skipTheDeletedMember() {
        List<Note> visited = new ArrayList<>();
        list.forEach(visited::add);

        assertThat(visited).containsExactly(first, last);
        assertThat(list.toArray()).containsExactly(first, last);
        assertThat(list.toArray(new Note[0])).containsExactly(first, last);
        assertThat(list.toArray(Note[]::new)).containsExactly(first, last);
    }

    @Test
    void equalsHashCodeContainsAndToString_followIteration() {
        assertThat(list).isEqualTo(List.of(first, last));
        assertThat(List.of(first, last)).isEqualTo(list);
        assertThat(new ArrayList<>(List.of(first, last))).isEqualTo(list);
        assertThat(list.hashCode()).isEqualTo(List.of(first, last).hashCode());
        assertThat(list.contains(deleted)).isFalse();
        assertThat(list.containsAll(List.of(first, last))).isTrue();
        assertThat(list.toString()).isEqualTo(List.of(first, last).toString());
    }

    @Test
    void size_andGet_arePositionalOverTheResolvedGuids_andGetNamesTheDeletedMember() {
        assertThat(list.size()).isEqualTo(3).isEqualTo(list.guids().size());
        assertThat(list.get(0)).isEqualTo(first);
        assertThat(list.get(2)).isEqualTo(last);
        assertThat(list.indexOf(last)).isEqualTo(2);
        assertThat(list.indexOf(deleted)).isEqualTo(-1);
        assertThat(list.lastIndexOf(first)).isZero();
        assertThat(list.subList(0, 2)).containsExactly(first);
        assertThat(list.subList(1, 3).stream().toList()).containsExactly(last);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining(deleted.getGuid()).hasMessageContaining("member 1");
    }

    @Test
    void isEmpty_isFalseWhileAMemberRemains_andTrueOnceIterationYieldsNothing() {
        assertThat(list.isEmpty()).isFalse();
        first.delete();
        last.delete();

        DataList<Note> allDeleted = dal.list(Note.class, list.guids());

        assertThat(allDeleted.isEmpty()).isTrue();
        assertThat(allDeleted.stream().count()).isZero();
        assertThat(allDeleted.size()).isEqualTo(3);
    }
}
