package io.serviceculture.core.accountability;

/** The admin's accountability settings, shared by every node; the defaults until an admin saves some. */
public interface AccountabilitySettingsPort {
    AccountabilitySettings load();

    void save(AccountabilitySettings settings);
}
