package io.hybriddal.bench.report;

/**
 * One line of the ratios table: hybrid-dal's score divided by its baseline's, both from the same
 * run, with the error propagated from both scores' 99.9 % errors
 * ({@code r * sqrt((ea/a)^2 + (eb/b)^2)}). Target null: shown for information.
 */
public record Ratio(String name, String hybrid, String baseline, Double target, String note,
                    double value, double error, double hybridNs, double baselineNs, boolean settled) {

    /** A definition, before the scores are known. */
    public static Ratio of(String name, String hybrid, String baseline, Double target, String note) {
        return new Ratio(name, hybrid, baseline, target, note, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
    }

    /** This definition computed from {@code results}, or null when either side did not run. */
    public Ratio computed(JmhResults results) {
        JmhResults.Score a = results.get(hybrid);
        JmhResults.Score b = results.get(baseline);
        if (a == null || b == null) {
            return null;
        }
        double av = JmhResults.nanos(a);
        double bv = JmhResults.nanos(b);
        double r = av / bv;
        double ea = JmhResults.nanosError(a);
        double eb = JmhResults.nanosError(b);
        double err = Double.isNaN(ea) || Double.isNaN(eb) ? Double.NaN : r * Math.sqrt(sq(ea / av) + sq(eb / bv));
        return new Ratio(name, hybrid, baseline, target, note, r, err, av, bv, a.steady() && b.steady());
    }

    /** "met", "missed", or "-" without a target; a ratio whose either side had not settled is missed. */
    public String verdict() {
        if (target == null) {
            return "-";
        }
        if (!settled) {
            return "missed (not settled)";
        }
        return value <= target ? "met" : "missed";
    }

    private static double sq(double x) {
        return x * x;
    }
}
