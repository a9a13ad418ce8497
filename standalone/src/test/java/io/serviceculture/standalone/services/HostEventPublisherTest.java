package io.serviceculture.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class HostEventPublisherTest {
    private final HostEventPublisher publisher = new HostEventPublisher();

    /** Listens to strings and to numbers, and keeps what it heard. */
    public static final class Recorder {
        final List<String> heard = new ArrayList<>();

        @EventListener
        public void onText(String text) {
            heard.add("text " + text);
        }

        @EventListener
        public void onNumber(Number number) {
            heard.add("number " + number);
        }

        public void notAListener(String text) {
            heard.add("ignored " + text);
        }
    }

    /** A listener that always throws. */
    public static final class Failing {
        @EventListener
        public void fail(String text) {
            throw new IllegalStateException("broken listener " + text);
        }
    }

    @Test
    public void deliversEachEventToTheListenerMethodsOfItsType() {
        // given
        Recorder recorder = new Recorder();
        publisher.register(recorder);

        // when
        publisher.publish("hello");
        publisher.publish(42);
        publisher.publish(new Object());

        // then
        assertThat(recorder.heard).containsExactly("text hello", "number 42");
    }

    @Test
    public void stopsDeliveringOnceUnregistered() {
        // given
        Recorder recorder = new Recorder();
        publisher.register(recorder);
        publisher.register(recorder);

        // when
        publisher.publish("once");
        publisher.unregister(recorder);
        publisher.publish("twice");

        // then: registering twice does not deliver twice
        assertThat(recorder.heard).containsExactly("text once");
    }

    @Test
    public void refusesAnObjectWithoutListenerMethods() {
        assertThatThrownBy(() -> publisher.register(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@EventListener");
    }

    @Test
    public void keepsDeliveringWhenOneListenerFails() {
        // given
        Recorder recorder = new Recorder();
        publisher.register(new Failing());
        publisher.register(recorder);

        // when
        publisher.publish("still heard");

        // then
        assertThat(recorder.heard).containsExactly("text still heard");
    }
}
