package io.serviceculture.core.kudos;

import java.util.List;
import java.util.Optional;

/** Reads the company values kudos can be given for. */
public interface LoadCompanyValuesPort {
    List<CompanyValue> allValues();

    Optional<CompanyValue> findValue(String id);
}
