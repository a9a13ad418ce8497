package io.serviceculture.core.insights;

import java.util.Arrays;
import java.util.Collection;

/**
 * How evenly kudos are spread over a group of people, each counted with what they gave or received (zeros
 * included: the people left out are the point).
 *
 * <p><b>Top-10 % share</b> = kudos of the ⌈n / 10⌉ people with the most ÷ all kudos (0 when there are none).
 *
 * <p><b>Gini coefficient</b>, with the counts sorted ascending x₁ ≤ … ≤ xₙ and S = Σ xᵢ:
 * G = 2 · Σ i·xᵢ ÷ (n · S) − (n + 1) ÷ n. It is 0 when everyone has the same, and approaches 1 when one person has
 * everything ((n − 1) ÷ n exactly). Worked for {0, 0, 1, 3}: n = 4, S = 4, Σ i·xᵢ = 1·0 + 2·0 + 3·1 + 4·3 = 15,
 * G = 30 ÷ 16 − 5 ÷ 4 = 1.875 − 1.25 = 0.625; the top 10 % is ⌈0.4⌉ = 1 person holding 3 of 4, a share of 0.75.
 * With no kudos, or nobody, both figures are 0.
 *
 * @param people how many people were counted
 * @param kudos the sum of their counts
 */
public record Concentration(int people, long kudos, double topTenPercentShare, double gini) {
    public Concentration {
        if (people < 0 || kudos < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (topTenPercentShare < 0 || topTenPercentShare > 1 || gini < 0 || gini > 1) {
            throw new IllegalArgumentException("shares lie between 0 and 1");
        }
    }

    public static Concentration of(Collection<Long> counts) {
        long[] sorted = counts.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        long total = Arrays.stream(sorted).sum();
        if (n == 0 || total == 0) {
            return new Concentration(n, total, 0, 0);
        }
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        int top = (n + 9) / 10;
        long topSum = 0;
        for (int i = n - top; i < n; i++) {
            topSum += sorted[i];
        }
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (double) (i + 1) * sorted[i];
        }
        double gini = 2 * weighted / ((double) n * total) - (n + 1.0) / n;
        // rounding can leave a hair below 0 for an even spread
        return new Concentration(n, total, (double) topSum / total, Math.max(0, Math.min(1, gini)));
    }
}
