package io.serviceculture.plugin.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/** Builds error responses in the caller's language, so every resource and mapper answers alike. */
@Named
public class ErrorResponses {
    private final I18nResolver i18n;

    @Inject
    public ErrorResponses(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public Response of(DomainException error) {
        if (error instanceof InvalidInputException invalid && invalid.problems().size() > 1) {
            List<ErrorJson.Item> items = new ArrayList<>();
            for (InvalidInputException problem : invalid.problems()) {
                items.add(new ErrorJson.Item(
                        problem.messageKey(),
                        i18n.getText(
                                problem.messageKey(), texts(problem.arguments().toArray())),
                        problem.field().orElse(null)));
            }
            return Response.status(400)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(items))
                    .build();
        }
        return of(
                statusOf(error.kind()),
                error.messageKey(),
                error.field().orElse(null),
                error.arguments().toArray());
    }

    public Response of(int status, String key, @Nullable String field, Object... arguments) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(key, i18n.getText(key, texts(arguments)), field))
                .build();
    }

    private static Serializable[] texts(Object... arguments) {
        Serializable[] texts = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return texts;
    }

    static int statusOf(DomainException.Kind kind) {
        switch (kind) {
            case INVALID_INPUT:
                return 400;
            case FORBIDDEN:
                return 403;
            case NOT_FOUND:
                return 404;
            case CONFLICT:
                return 409;
            case TOO_LARGE:
                return 413;
        }
        throw new IllegalArgumentException("unknown kind " + kind);
    }
}
