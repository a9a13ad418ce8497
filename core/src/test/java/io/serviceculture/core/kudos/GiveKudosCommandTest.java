package io.serviceculture.core.kudos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.UserKey;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.Test;

public class GiveKudosCommandTest {
    private static final Receiver BOB = Receiver.parse("user:bob");

    @Test
    public void trimsTheMessage() {
        assertThat(withMessage("\n  Thank you \t").message()).isEqualTo("Thank you");
    }

    @Test
    public void rejectsAMessageThatIsBlankAfterTrimming() {
        assertThatThrownBy(() -> withMessage("   \n "))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly("service-culture.kudos.error.message.length", List.of(1, 1000));
    }

    @Test
    public void acceptsExactlyAThousandCharactersCountingEmojiAsOne() {
        String thousandEmoji = String.join("", Collections.nCopies(1000, "\uD83C\uDF89"));

        assertThat(withMessage(thousandEmoji).message()).hasSize(2000);
    }

    @Test
    public void rejectsAThousandAndOneCharacters() {
        assertThatThrownBy(() -> withMessage("x".repeat(1001))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    public void dropsRepeatedReceiversKeepingTheirOrder() {
        Receiver carol = Receiver.parse("user:carol");

        GiveKudosCommand command = withReceivers(List.of(BOB, carol, BOB));

        assertThat(command.receivers()).containsExactly(BOB, carol);
    }

    @Test
    public void rejectsNoReceivers() {
        assertThatThrownBy(() -> withReceivers(List.of()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("service-culture.kudos.error.receivers.empty");
    }

    @Test
    public void rejectsMoreThanTwentyReceivers() {
        List<Receiver> many = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> Receiver.parse("user:u" + i))
                .toList();

        assertThatThrownBy(() -> withReceivers(many)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    public void rejectsABlankOrOverlongRequestId() {
        assertThatThrownBy(() -> withRequestId(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> withRequestId("r".repeat(65))).isInstanceOf(InvalidInputException.class);
        assertThat(withRequestId("r".repeat(64)).clientRequestId()).hasSize(64);
    }

    private static GiveKudosCommand withMessage(String message) {
        return new GiveKudosCommand(
                UserKey.of("alice"), List.of(BOB), "own-it", message, OptionalLong.empty(), Visibility.PUBLIC, "r1");
    }

    private static GiveKudosCommand withReceivers(List<Receiver> receivers) {
        return new GiveKudosCommand(
                UserKey.of("alice"), receivers, "own-it", "Thanks", OptionalLong.empty(), Visibility.PUBLIC, "r1");
    }

    private static GiveKudosCommand withRequestId(String requestId) {
        return new GiveKudosCommand(
                UserKey.of("alice"),
                List.of(BOB),
                "own-it",
                "Thanks",
                OptionalLong.empty(),
                Visibility.PUBLIC,
                requestId);
    }
}
