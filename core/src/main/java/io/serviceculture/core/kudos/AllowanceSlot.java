package io.serviceculture.core.kudos;

import io.serviceculture.core.people.UserKey;

/**
 * One of a giver's weekly kudos, as a unique key {@code giverKey|week|n} with n from 1 to the allowance. The
 * database refuses a second row with the same slot, so the allowance holds under concurrent requests and
 * across cluster nodes without any lock.
 */
public record AllowanceSlot(UserKey giver, IsoWeek week, int number) {
    public AllowanceSlot {
        if (number < 1) {
            throw new IllegalArgumentException("slots are numbered from 1");
        }
    }

    public String key() {
        return giver.value() + "|" + week + "|" + number;
    }
}
