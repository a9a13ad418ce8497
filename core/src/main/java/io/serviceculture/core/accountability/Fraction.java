package io.serviceculture.core.accountability;

/**
 * A component's numerator over its denominator, kept as whole counts so that the issues' shares of a cell add
 * up to the cell exactly.
 */
public record Fraction(long numerator, long denominator) {
    public static final Fraction NONE = new Fraction(0, 0);

    public Fraction {
        if (numerator < 0 || denominator < numerator) {
            throw new IllegalArgumentException("a fraction needs 0 <= numerator <= denominator");
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return numerator == 0 && denominator == 0 ? NONE : new Fraction(numerator, denominator);
    }

    public boolean hasData() {
        return denominator > 0;
    }

    /** numerator ÷ denominator; only meaningful when {@link #hasData()}. */
    public double ratio() {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    public Fraction plus(Fraction other) {
        return of(numerator + other.numerator, denominator + other.denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
