package io.serviceculture.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.Test;

public class PanelOverheadTest {

    @Test
    public void addedTimeIsAShareOfThePageWithoutPanels() {
        // given a page taking 20 ms without the app's panels and 21 ms with them
        PanelOverhead overhead = new PanelOverhead(21.0, 20.0);

        // then the panels add 1 ms, which is 1 / 20 = 5 %, just within the bar
        assertThat(overhead.addedMillis()).isCloseTo(1.0, within(1e-9));
        assertThat(overhead.addedPercent()).isCloseTo(5.0, within(1e-9));
        assertThat(overhead.withinPercent(5)).isTrue();
    }

    @Test
    public void panelsDoublingAPageAddAHundredPercent() {
        PanelOverhead overhead = new PanelOverhead(8.0, 4.0);

        assertThat(overhead.addedPercent()).isCloseTo(100.0, within(1e-9));
        assertThat(overhead.withinPercent(5)).isFalse();
    }

    @Test
    public void aFasterPageWithPanelsIsNoise() {
        // given a run where the page with panels happened to be quicker
        PanelOverhead overhead = new PanelOverhead(9.0, 10.0);

        // then the panels "add" -10 %: within the bar, and reported as measured
        assertThat(overhead.addedPercent()).isCloseTo(-10.0, within(1e-9));
        assertThat(overhead.withinPercent(5)).isTrue();
    }

    @Test
    public void refusesNegativeTimes() {
        assertThatThrownBy(() -> new PanelOverhead(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
