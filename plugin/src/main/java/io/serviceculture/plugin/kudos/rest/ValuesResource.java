package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.people.Feature;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.people.FeatureGuard;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The company values kudos can be given for. Licensed users only, as every unannotated REST v2 resource. */
@Path("/values")
@Produces(MediaType.APPLICATION_JSON)
public class ValuesResource {
    private final AoCompanyValues values;
    private final FeatureGuard guard;

    @Inject
    public ValuesResource(AoCompanyValues values, FeatureGuard guard) {
        this.values = values;
        this.guard = guard;
    }

    @GET
    public List<KudosJson.ValueJson> activeValues() {
        guard.require(Feature.KUDOS);
        return values.allValues().stream()
                .filter(CompanyValue::active)
                .map(KudosJsonMapper::toJson)
                .toList();
    }
}
