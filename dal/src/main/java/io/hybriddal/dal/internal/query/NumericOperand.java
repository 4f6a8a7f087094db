package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.model.ValueKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number from a filter, compared <em>exactly by value</em> with stored int, long and double
 * values whatever its boxed type: {@code 1}, {@code 1L} and {@code 1.0} are the same operand, and
 * {@code 1.5} against a long never equals anything (no truncation) yet orders correctly.
 * Immutable.
 */
final class NumericOperand {

    /** What {@link #compareTo} returns when one side is NaN. */
    static final int UNORDERED = 2;

    private static final double TWO_63 = 0x1p63;

    private final boolean integral;
    private final long whole;
    private final double real;

    private NumericOperand(boolean integral, long whole, double real) {
        this.integral = integral;
        this.whole = whole;
        this.real = real;
    }

    static NumericOperand of(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof AtomicInteger || n instanceof AtomicLong) {
            return new NumericOperand(true, n.longValue(), 0);
        }
        if (n instanceof BigInteger b) {
            return b.bitLength() < 64 ? new NumericOperand(true, b.longValue(), 0) : ofDouble(b.doubleValue());
        }
        if (n instanceof BigDecimal d) {
            try {
                return new NumericOperand(true, d.longValueExact(), 0);
            } catch (ArithmeticException notWhole) {
                return ofDouble(d.doubleValue());
            }
        }
        return ofDouble(n.doubleValue());
    }

    private static NumericOperand ofDouble(double d) {
        if (!Double.isNaN(d) && !Double.isInfinite(d) && d == Math.rint(d) && d >= -TWO_63 && d < TWO_63) {
            return new NumericOperand(true, (long) d, 0);
        }
        return new NumericOperand(false, 0, d);
    }

    boolean integral() {
        return integral;
    }

    /**
     * The sign of {@code stored - this} for a stored Integer, Long or Double (never null), or
     * {@link #UNORDERED} when either is NaN.
     */
    int compareTo(Object stored) {
        if (stored instanceof Double || stored instanceof Float) {
            double v = ((Number) stored).doubleValue();
            if (Double.isNaN(v)) {
                return UNORDERED;
            }
            if (integral) {
                int c = compareLongToDouble(whole, v);
                return c == UNORDERED ? c : -c;
            }
            return Double.isNaN(real) ? UNORDERED : v < real ? -1 : v > real ? 1 : 0;
        }
        long v = ((Number) stored).longValue();
        return integral ? Long.compare(v, whole) : compareLongToDouble(v, real);
    }

    /** The exact sign of {@code v - d}: no precision is lost for large longs. */
    static int compareLongToDouble(long v, double d) {
        if (Double.isNaN(d)) {
            return UNORDERED;
        }
        if (d >= TWO_63) {
            return -1;
        }
        if (d < -TWO_63) {
            return 1;
        }
        long truncated = (long) d;
        if (v != truncated) {
            return v < truncated ? -1 : 1; // |d - truncated| < 1, so the integers decide
        }
        double fraction = d - (double) truncated; // exact: truncated is representable when d has a fraction
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /**
     * The value exactly as a property of {@code kind} stores it (Integer, Long, Double), or
     * null when no stored value of that kind can equal this number.
     */
    Object exactAs(ValueKind kind) {
        return switch (kind) {
            case INT -> integral && whole == (int) whole ? Integer.valueOf((int) whole) : null;
            case LONG -> integral ? Long.valueOf(whole) : null;
            case DOUBLE -> {
                if (!integral) {
                    yield Double.valueOf(real);
                }
                double d = whole;
                yield d < TWO_63 && (long) d == whole ? Double.valueOf(d) : null;
            }
            default -> throw new IllegalArgumentException("not a numeric kind: " + kind);
        };
    }

    /** Canonical text: {@code n<long>} or {@code d<double>} (1, 1L and 1.0 share one). */
    String canonical() {
        return integral ? "n" + whole : "d" + real;
    }

    @Override
    public String toString() {
        return integral ? Long.toString(whole) : Double.toString(real);
    }
}
