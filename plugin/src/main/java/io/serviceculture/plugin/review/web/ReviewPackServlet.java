package io.serviceculture.plugin.review.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.review.ReviewPack;
import io.serviceculture.plugin.accountability.rest.Periods;
import io.serviceculture.plugin.review.ReviewLines;
import io.serviceculture.plugin.review.ReviewPacks;
import io.serviceculture.plugin.review.pdf.ReviewPackPdf;
import io.serviceculture.plugin.web.Pages;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A person's review pack ({@code /plugins/servlet/service-culture/review-pack?user=…&from=…&to=…}) as a printable
 * page, and as a PDF at {@code …/review-pack/pdf}. The person, their manager, HR and Jira admins may open it; anyone
 * else, and an unknown user, get 404, so that the page reveals nobody's reporting line. Anonymous visitors go to the
 * login page. The period is days in the viewer's time zone, both included; without it, the last twelve months.
 */
public class ReviewPackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/review/review-pack.vm";
    static final String RESOURCES = "io.serviceculture.jira:review-resources";

    private final transient Pages pages;
    private final transient ReviewPacks packs;
    private final transient I18nResolver i18n;
    private final transient ReviewPackPdf pdf = new ReviewPackPdf();

    @Inject
    public ReviewPackServlet(Pages pages, ReviewPacks packs, I18nResolver i18n) {
        this.pages = pages;
        this.packs = packs;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewerOrLogin(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        // without a user the page is the viewer's own pack, the one people look for first
        String userName = Optional.ofNullable(request.getParameter("user")).orElse("");
        Optional<Person> person = userName.isBlank() ? packs.person(viewer.get()) : packs.personByName(userName);
        if (person.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ZoneId zone = packs.zoneOf(viewer.get());
        Periods period;
        try {
            period = Periods.parse(request.getParameter("from"), request.getParameter("to"), zone, Clock.systemUTC());
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ReviewPack pack;
        try {
            pack = packs.build(viewer.get(), person.get().key(), period.interval());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReviewLines lines = packs.lines(
                viewer.get(),
                pack,
                zone,
                (key, arguments) -> i18n.getText(
                        key, Arrays.stream(arguments).map(String::valueOf).toArray(Serializable[]::new)));
        if (request.getRequestURI().endsWith("/pdf")) {
            response.setContentType("application/pdf");
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"review-pack-"
                            + pack.person().key().value().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"");
            pdf.write(lines, response.getOutputStream());
            return;
        }
        pages.render(
                response,
                RESOURCES,
                TEMPLATE,
                new ReviewPackView(
                        lines,
                        person.get().userName(),
                        period.from().toString(),
                        period.to().toString()));
    }
}
