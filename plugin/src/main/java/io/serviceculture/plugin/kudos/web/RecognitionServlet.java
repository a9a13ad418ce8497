package io.serviceculture.plugin.kudos.web;

import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.KudosUseCases;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.web.Pages;
import io.serviceculture.plugin.web.Pages.Audience;
import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The Recognition page ({@code /plugins/servlet/service-culture/recognition}): the kudos feed (all, my team, by
 * value, by person) with reactions, the leaderboard when an admin turned it on, and a form to give kudos. Anonymous visitors are sent to Jira's login page and back.
 */
public class RecognitionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/kudos/recognition-page.vm";
    static final String RESOURCES = "io.serviceculture.jira:kudos-resources";

    private final transient Pages pages;
    private final transient FeatureGuard guard;
    private final transient Readers readers;
    private final transient KudosUseCases kudos;

    @Inject
    public RecognitionServlet(Pages pages, FeatureGuard guard, Readers readers, KudosUseCases kudos) {
        this.pages = pages;
        this.guard = guard;
        this.readers = readers;
        this.kudos = kudos;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = pages.viewer(request, response, guard.isOn(Feature.KUDOS), Audience.SIGNED_IN);
        if (viewer.isEmpty()) {
            return;
        }
        pages.render(
                response,
                RESOURCES,
                TEMPLATE,
                new RecognitionView(
                        Receiver.person(viewer.get()).id(),
                        readers.isHrOrAdmin(viewer.get()),
                        kudos.leaderboardsOn(),
                        pages.isAdmin(viewer.get())));
    }
}
