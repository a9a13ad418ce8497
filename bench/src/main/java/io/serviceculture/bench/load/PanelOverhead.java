package io.serviceculture.bench.load;

/**
 * What the app's web panels add to a page's server time: the mean with the panels against the mean of the same run
 * with them switched off, as a percentage of the latter (design.md section 6 allows 5 %).
 */
record PanelOverhead(double onMeanMillis, double offMeanMillis) {
    PanelOverhead {
        if (onMeanMillis < 0 || offMeanMillis < 0) {
            throw new IllegalArgumentException("server times are never negative");
        }
    }

    double addedMillis() {
        return onMeanMillis - offMeanMillis;
    }

    /** The added time as a percentage of the page without panels; infinite when that page took no time. */
    double addedPercent() {
        if (offMeanMillis == 0) {
            return onMeanMillis == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return addedMillis() / offMeanMillis * 100;
    }

    boolean withinPercent(double bar) {
        return addedPercent() <= bar;
    }
}
