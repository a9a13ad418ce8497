package io.serviceculture.core.kudos;

/** Reads the admin's kudos settings, falling back to {@link KudosSettings#defaults()}. */
public interface LoadKudosSettingsPort {
    KudosSettings kudosSettings();
}
