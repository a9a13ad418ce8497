package io.serviceculture.core.common;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The request's data breaks a rule of the domain (HTTP 400). */
public class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final List<InvalidInputException> others;

    public InvalidInputException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private InvalidInputException(@Nullable String field, String messageKey, Object... arguments) {
        super(Kind.INVALID_INPUT, messageKey, field, arguments);
        this.others = List.of();
    }

    private InvalidInputException(InvalidInputException first, List<InvalidInputException> others) {
        super(
                Kind.INVALID_INPUT,
                first.messageKey(),
                first.field().orElse(null),
                first.arguments().toArray());
        this.others = List.copyOf(others);
    }

    /**
     * Several problems found at once, such as every bad line of an imported file, so that the caller can fix them
     * all in one go; the first is this exception's own key and field.
     */
    public static InvalidInputException all(List<InvalidInputException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem to report");
        }
        return problems.size() == 1
                ? problems.get(0)
                : new InvalidInputException(problems.get(0), problems.subList(1, problems.size()));
    }

    /** Every problem this exception reports, itself first. */
    public List<InvalidInputException> problems() {
        List<InvalidInputException> all = new ArrayList<>();
        all.add(this);
        all.addAll(others);
        return all;
    }

    /** An error about one input field, so that a form can show it beside that field. */
    public static InvalidInputException onField(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(field, messageKey, arguments);
    }
}
