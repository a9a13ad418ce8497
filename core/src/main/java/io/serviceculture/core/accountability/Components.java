package io.serviceculture.core.accountability;

/**
 * The four score components as fractions.
 *
 * @param attainment met ÷ completed standard cycles
 * @param ownership issues resolved end to end by this team ÷ resolved issues this team owned
 * @param reopens resolutions by this team reopened within the window ÷ resolutions by this team; the score uses
 *     one minus this
 * @param rating rating points ÷ possible points, a rating r counting r − 1 of 4, so 1 star is 0 and 5 stars 1
 */
public record Components(Fraction attainment, Fraction ownership, Fraction reopens, Fraction rating) {
    public static final Components NONE = new Components(Fraction.NONE, Fraction.NONE, Fraction.NONE, Fraction.NONE);

    public Components plus(Components other) {
        return new Components(
                attainment.plus(other.attainment),
                ownership.plus(other.ownership),
                reopens.plus(other.reopens),
                rating.plus(other.rating));
    }
}
