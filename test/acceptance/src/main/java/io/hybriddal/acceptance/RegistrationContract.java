package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestEMachine;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.acceptance.model.bad.AbstractDynamic;
import io.hybriddal.acceptance.model.bad.AlphaNamed;
import io.hybriddal.acceptance.model.bad.BackrefWithoutRelation;
import io.hybriddal.acceptance.model.bad.BetaNamed;
import io.hybriddal.acceptance.model.bad.DateProperty;
import io.hybriddal.acceptance.model.bad.IndexedMap;
import io.hybriddal.acceptance.model.bad.NotADataObject;
import io.hybriddal.acceptance.model.bad.NotAnnotated;
import io.hybriddal.acceptance.model.bad.ObjectProperty;
import io.hybriddal.acceptance.model.bad.OrphanTarget;
import io.hybriddal.acceptance.model.bad.RelationToUnregistered;
import io.hybriddal.acceptance.model.bad.StorageExtensionOne;
import io.hybriddal.acceptance.model.bad.StorageExtensionTwo;
import io.hybriddal.acceptance.model.bad.UnannotatedGetter;
import io.hybriddal.acceptance.model.bad.UniqueList;
import io.hybriddal.acceptance.model.bad.VoidDynamic;
import io.hybriddal.dal.DalBuilder;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.InvalidHybridException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Registration: a bad declaration is refused at {@code build()} with an
 * {@link InvalidHybridException} naming class and member, and an unregistered class cannot be
 * used (DESIGN.md "Declaring a hybrid"). Each bad hybrid is registered together with the valid
 * test model, so the engine has to point at the right culprit. Run by
 * {@link AcceptanceSuite}.
 */
public abstract class RegistrationContract extends DalTestBase {

    private InvalidHybridException refused(Class<? extends DataObject> bad) {
        return refused(List.of(bad));
    }

    private InvalidHybridException refused(List<Class<? extends DataObject>> extra) {
        DalBuilder builder = builder();
        extra.forEach(type -> builder.register(type));
        return thrown(InvalidHybridException.class, () -> open(builder));
    }

    private void assertRefusedNaming(Class<? extends DataObject> bad, String member) {
        InvalidHybridException e = refused(bad);
        assertThat(e.getMessage()).contains(bad.getSimpleName()).containsIgnoringCase(member);
    }

    @Test
    void build_acceptsTheValidModel_withConcreteHelpersAndPlainFields() {
        TestMachine machine = dal().create(TestMachine.class);
        machine.setName("m1");

        assertThat(machine.countHelperCall()).isEqualTo(1);
        assertThat(machine.countHelperCall()).isEqualTo(2);
        machine.save();
        assertThat(machine.export()).containsOnlyKeys("name");
    }

    @Test
    void build_refusesAnAbstractGetterWithoutAnnotation() {
        assertRefusedNaming(UnannotatedGetter.class, "colour");
    }

    @Test
    void build_refusesARelationToAnUnregisteredClass() {
        assertRefusedNaming(RelationToUnregistered.class, "owner");
    }

    @Test
    void build_refusesABackrefWithoutMatchingRelation() {
        assertRefusedNaming(BackrefWithoutRelation.class, "ghosts");
    }

    @Test
    void build_refusesAnAbstractDynamic() {
        assertRefusedNaming(AbstractDynamic.class, "load");
    }

    @Test
    void build_refusesAVoidDynamic() {
        assertRefusedNaming(VoidDynamic.class, "refreshStats");
    }

    @Test
    void build_refusesADatePropertyType() {
        assertRefusedNaming(DateProperty.class, "born");
    }

    @Test
    void build_refusesAnObjectPropertyType() {
        assertRefusedNaming(ObjectProperty.class, "payload");
    }

    @Test
    void build_refusesUniqueOnAList() {
        assertRefusedNaming(UniqueList.class, "aliases");
    }

    @Test
    void build_refusesIndexedOnAMap() {
        assertRefusedNaming(IndexedMap.class, "labels");
    }

    @Test
    void build_refusesTwoHybridsWithOneName() {
        InvalidHybridException e = refused(List.of(AlphaNamed.class, BetaNamed.class));

        assertThat(e.getMessage()).satisfiesAnyOf(
                m -> assertThat(m).contains("samename"),
                m -> assertThat(m).contains("AlphaNamed").contains("BetaNamed"));
    }

    @Test
    void build_refusesTwoRegisteredExtensionsOfOneHybrid() {
        InvalidHybridException e = refused(List.of(StorageExtensionOne.class, StorageExtensionTwo.class));

        assertThat(e.getMessage()).satisfiesAnyOf(
                m -> assertThat(m).contains("StorageExtensionOne"),
                m -> assertThat(m).contains("StorageExtensionTwo"));
    }

    @Test
    void build_namesTheFirstBadHybridInRegistrationOrder_whenSeveralAreBad() {
        assertThat(refused(List.of(DateProperty.class, ObjectProperty.class, UniqueList.class)).getMessage())
                .contains("DateProperty").doesNotContain("ObjectProperty").doesNotContain("UniqueList");
        assertThat(refused(List.of(UniqueList.class, ObjectProperty.class, DateProperty.class)).getMessage())
                .contains("UniqueList").doesNotContain("ObjectProperty").doesNotContain("DateProperty");
    }

    @Test
    void build_refusesAClassWithoutHybridAnnotation() {
        assertThat(refused(NotAnnotated.class).getMessage()).contains("NotAnnotated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void build_refusesAClassNotExtendingDataObject() {
        Class<? extends DataObject> notADataObject = (Class<? extends DataObject>) (Class<?>) NotADataObject.class;

        assertThat(refused(notADataObject).getMessage()).contains("NotADataObject");
    }

    @Test
    void using_anUnregisteredClass_throwsInvalidHybridException() {
        String guid = UUID.randomUUID().toString();

        thrown(InvalidHybridException.class, () -> dal().create(OrphanTarget.class));
        thrown(InvalidHybridException.class, () -> dal().get(OrphanTarget.class, guid));
        thrown(InvalidHybridException.class, () -> dal().find(OrphanTarget.class, guid));
        thrown(InvalidHybridException.class, () -> dal().list(OrphanTarget.class, List.of(guid)).size());
    }

    @Test
    void query_ofAnUnregisteredClass_throwsInvalidHybridException() {
        thrown(InvalidHybridException.class, () -> dal().query(OrphanTarget.class).list().size());
    }

    @Test
    void create_ofAnUnregisteredExtension_throwsInvalidHybridException() {
        thrown(InvalidHybridException.class, () -> dal().create(TestEMachine.class));
        assertThat(dal().create(TestMachine.class)).isNotInstanceOf(TestEMachine.class);
    }
}
