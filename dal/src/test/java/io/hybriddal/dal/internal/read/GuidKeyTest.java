package io.hybriddal.dal.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The near cache's guid key: 128 bits for a canonical lowercase UUID, the guid itself for any other guid. */
class GuidKeyTest {

    @Test
    void aCanonicalUuid_becomesItsBits_equalForEveryCopyOfTheGuid() {
        UUID uuid = UUID.randomUUID();
        String guid = uuid.toString();

        Object key = GuidKey.of(guid);
        Object copy = GuidKey.of(new String(guid.toCharArray()));

        assertThat(key).isInstanceOf(GuidKey.class).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(key).hasToString(guid);
    }

    @Test
    void twoUuidsDifferingInOneDigit_haveDifferentKeys_inEitherHalf() {
        String guid = "0123abcd-4567-89ef-0123-456789abcdef";

        assertThat(GuidKey.of(guid)).isNotEqualTo(GuidKey.of("0123abcd-4567-89ef-0123-456789abcdee"))
                .isNotEqualTo(GuidKey.of("1123abcd-4567-89ef-0123-456789abcdef"))
                .isNotEqualTo(GuidKey.of("0123abcd-4567-89ef-1123-456789abcdef"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123ABCD-4567-89EF-0123-456789ABCDEF", "0123abcd-4567-89ef-0123-456789abcdeF", "0123abcd_4567-89ef-0123-456789abcdef",
            "0123abcd-4567-89ef-0123-456789abcdeg", "0123abcd-4567-89ef-0123-456789abcdef0", "0123abcd45674-89ef-0123-456789abcdef",
            "p.1", "x", "0123abcd-4567-89ef-0123-456789abcdé0", "/123abcd-4567-89ef-0123-456789abcdef", ":123abcd-4567-89ef-0123-456789abcdef",
            "0123abc`-4567-89ef-0123-456789abcdef", "0123abcd-4567-89ef-0123-45678\u0130abcdef", "0123abcd-4567-89ef-0123-456789abcde\u0100"})
    void anyOtherGuid_isItsOwnKey_soGuidsDifferingInCaseStayDistinct(String guid) {
        assertThat(GuidKey.of(guid)).isSameAs(guid);
    }

    @Test
    void anUpperCaseUuid_andItsLowerCaseTwin_areDifferentKeys() {
        String lower = "0123abcd-4567-89ef-0123-456789abcdef";

        assertThat(GuidKey.of(lower.toUpperCase())).isNotEqualTo(GuidKey.of(lower));
        assertThat(GuidKey.of(lower)).isNotEqualTo(GuidKey.of(lower.toUpperCase()));
    }

    @Test
    void everyRandomUuid_isKeyedByItsOwnBits() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());

            assertThat(GuidKey.of(uuid.toString()).toString()).isEqualTo(uuid.toString());
        }
    }
}
