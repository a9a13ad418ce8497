package io.serviceculture.core.commitments;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.standards.StandardId;
import java.util.List;
import java.util.Optional;

/** What a commitment aims at: a figure measured from Jira, or milestones whose progress people report. */
public sealed interface Target permits Target.Measured, Target.Milestones {

    /**
     * A figure and the value it should reach.
     *
     * @param standard for attainment: one standard, or every standard when empty
     * @param metric for attainment: one metric key (such as {@code first-response}), or every metric when empty
     * @param team the team a team measure is about: the client team for issues resolved for a client team, the
     *     providing team for team owned hours
     */
    record Measured(
            MeasureKind measure,
            double value,
            Direction direction,
            Optional<StandardId> standard,
            Optional<String> metric,
            Optional<TeamKey> team)
            implements Target {
        public Measured {
            if (!Double.isFinite(value) || value < 0) {
                throw InvalidInputException.onField("target", "service-culture.commitments.error.target.value");
            }
            if (measure == MeasureKind.STANDARD_ATTAINMENT && value > 100) {
                throw InvalidInputException.onField("target", "service-culture.commitments.error.target.percent");
            }
            if (measure == MeasureKind.ISSUES_RESOLVED_FOR_CLIENT_TEAM && team.isEmpty()) {
                throw InvalidInputException.onField("team", "service-culture.commitments.error.target.team");
            }
            if (measure == MeasureKind.TEAM_OWNED_HOURS && team.isEmpty()) {
                throw InvalidInputException.onField("team", "service-culture.commitments.error.target.owning-team");
            }
            metric = metric.map(String::strip).filter(key -> !key.isEmpty());
        }

        public static Measured of(MeasureKind measure, double value, Direction direction) {
            return new Measured(measure, value, direction, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** Steps towards the goal; progress is what the owner or manager last reported in a check-in. */
    record Milestones(List<String> milestones) implements Target {
        public static final int MAX = 20;
        public static final int MAX_LENGTH = 200;

        public Milestones {
            milestones = milestones.stream().map(String::strip).toList();
            if (milestones.isEmpty() || milestones.size() > MAX) {
                throw InvalidInputException.onField(
                        "milestones", "service-culture.commitments.error.milestones.count", MAX);
            }
            for (String milestone : milestones) {
                if (milestone.isEmpty() || milestone.length() > MAX_LENGTH || milestone.contains("\n")) {
                    throw InvalidInputException.onField(
                            "milestones", "service-culture.commitments.error.milestones.text", MAX_LENGTH);
                }
            }
        }
    }
}
