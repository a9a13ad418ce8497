package io.serviceculture.plugin.insights.web;

import io.serviceculture.core.insights.Concentration;
import io.serviceculture.core.insights.RecognitionInsights;
import io.serviceculture.core.insights.RecognitionInsights.CrossTeamCount;
import io.serviceculture.core.insights.RecognitionInsights.ValueShare;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.insights.RecognitionInsightsUseCases;
import io.serviceculture.plugin.web.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The insights page's view model, rendered on the server. Figures are formatted here: shares as percentages with one
 * decimal, Gini coefficients with three. Without figures (a bad period), the page shows the form and the error.
 */
public final class RecognitionInsightsView {
    private final String from;
    private final String to;
    private final Optional<String> error;
    private final Optional<RecognitionInsights> figures;
    private final boolean everyone;
    private final List<InsightsRow> people = new ArrayList<>();
    private final List<InsightsRow> teams = new ArrayList<>();
    private final List<InsightsRow> values = new ArrayList<>();
    private final List<InsightsRow> unusedValues = new ArrayList<>();
    private final List<InsightsRow> crossTeam = new ArrayList<>();

    RecognitionInsightsView(
            String from,
            String to,
            Optional<String> error,
            Optional<RecognitionInsights> figures,
            boolean everyone,
            RecognitionInsightsUseCases names) {
        this.from = from;
        this.to = to;
        this.error = error;
        this.figures = figures;
        this.everyone = everyone;
        figures.ifPresent(f -> {
            for (UserKey person : f.peopleWithoutKudos()) {
                people.add(new InsightsRow(names.personName(person), "", ""));
            }
            for (TeamKey team : f.teamsWithoutKudos()) {
                teams.add(new InsightsRow(names.teamName(team), "", ""));
            }
            for (ValueShare value : f.values()) {
                values.add(new InsightsRow(
                        names.valueName(value.valueId()),
                        String.valueOf(value.recognitions()),
                        percent(value.share())));
            }
            for (String value : f.unusedValues()) {
                unusedValues.add(new InsightsRow(names.valueName(value), "", ""));
            }
            for (CrossTeamCount cell : f.crossTeam()) {
                crossTeam.add(new InsightsRow(
                        names.teamName(cell.provider()),
                        String.valueOf(cell.recognitions()),
                        names.teamName(cell.client())));
            }
        });
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String gini(double gini) {
        return String.format(Locale.ROOT, "%.3f", gini);
    }

    public String getFromHtml() {
        return Html.escape(from);
    }

    public String getToHtml() {
        return Html.escape(to);
    }

    public boolean isFailed() {
        return error.isPresent();
    }

    /** An i18n key; the template prints it through {@code $texts}. */
    public String getErrorKey() {
        return error.orElse("");
    }

    public boolean isShown() {
        return figures.isPresent();
    }

    public boolean isEveryone() {
        return everyone;
    }

    public boolean isNamesPeople() {
        return figures.map(RecognitionInsights::namesPeople).orElse(false);
    }

    public int getPeople() {
        return figures.map(RecognitionInsights::people).orElse(0);
    }

    public int getPeopleWithoutKudosCount() {
        return figures.map(RecognitionInsights::peopleWithoutKudosCount).orElse(0);
    }

    public List<InsightsRow> getPeopleWithoutKudos() {
        return people;
    }

    public List<InsightsRow> getTeamsWithoutKudos() {
        return teams;
    }

    public String getReceivingGiniHtml() {
        return gini(concentration(true).gini());
    }

    public String getReceivingTopShareHtml() {
        return percent(concentration(true).topTenPercentShare());
    }

    public String getGivingGiniHtml() {
        return gini(concentration(false).gini());
    }

    public String getGivingTopShareHtml() {
        return percent(concentration(false).topTenPercentShare());
    }

    public long getReceivedKudos() {
        return concentration(true).kudos();
    }

    public long getGivenKudos() {
        return concentration(false).kudos();
    }

    public long getRecognitions() {
        return figures.map(RecognitionInsights::recognitions).orElse(0L);
    }

    public List<InsightsRow> getValues() {
        return values;
    }

    public List<InsightsRow> getUnusedValues() {
        return unusedValues;
    }

    public List<InsightsRow> getCrossTeam() {
        return crossTeam;
    }

    public boolean isAnyTeamsWithoutKudos() {
        return !teams.isEmpty();
    }

    public boolean isAnyUnusedValues() {
        return !unusedValues.isEmpty();
    }

    public boolean isAnyCrossTeam() {
        return !crossTeam.isEmpty();
    }

    public long getCrossTeamRecognitions() {
        return figures.map(RecognitionInsights::crossTeamRecognitions).orElse(0L);
    }

    private Concentration concentration(boolean receiving) {
        return figures.map(f -> receiving ? f.receiving() : f.giving()).orElse(new Concentration(0, 0, 0, 0));
    }
}
