package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.internal.model.ValueKind;
import org.junit.jupiter.api.Test;

class NumericOperandTest {

    @Test
    void integralOperandsOfAnyBoxedTypeEqualStoredIntsLongsAndDoubles() {
        for (Number n : new Number[] {1, 1L, 1.0, 1.0f, (short) 1}) {
            NumericOperand op = NumericOperand.of(n);
            assertThat(op.compareTo(1)).isZero();
            assertThat(op.compareTo(1L)).isZero();
            assertThat(op.compareTo(1.0)).isZero();
        }
    }

    @Test
    void aFractionNeverEqualsALong_butOrdersExactly() {
        NumericOperand half = NumericOperand.of(1.5);
        assertThat(half.compareTo(1L)).isNegative();
        assertThat(half.compareTo(2L)).isPositive();
        assertThat(half.exactAs(ValueKind.LONG)).isNull();
        NumericOperand minusHalf = NumericOperand.of(-1.5);
        assertThat(minusHalf.compareTo(-1L)).isPositive();
        assertThat(minusHalf.compareTo(-2L)).isNegative();
    }

    @Test
    void largeLongsCompareWithoutLosingPrecisionThroughDoubles() {
        long big = (1L << 53) + 1;
        // compareTo gives the sign of (stored - operand)
        assertThat(NumericOperand.of(big).compareTo((double) (1L << 53))).isNegative();
        assertThat(NumericOperand.of((double) (1L << 53)).compareTo(big)).isPositive();
        assertThat(NumericOperand.of(Long.MAX_VALUE).compareTo(Long.MAX_VALUE)).isZero();
        assertThat(NumericOperand.of(1e300).compareTo(Long.MAX_VALUE)).isNegative();
        assertThat(NumericOperand.of(big).exactAs(ValueKind.DOUBLE)).isNull();
    }

    @Test
    void nanIsUnorderedAndIntValuesOutOfRangeAreImpossible() {
        assertThat(NumericOperand.of(Double.NaN).compareTo(1.0)).isEqualTo(NumericOperand.UNORDERED);
        assertThat(NumericOperand.of(1).compareTo(Double.NaN)).isEqualTo(NumericOperand.UNORDERED);
        assertThat(NumericOperand.of(1L << 40).exactAs(ValueKind.INT)).isNull();
        assertThat(NumericOperand.of(-0.0).compareTo(0.0)).isZero();
    }
}
