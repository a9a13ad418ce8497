package io.serviceculture.plugin.kudos.rest;

import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
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

    @Inject
    public ValuesResource(AoCompanyValues values) {
        this.values = values;
    }

    @GET
    public List<KudosJson.ValueJson> activeValues() {
        return values.allValues().stream()
                .filter(CompanyValue::active)
                .map(KudosJsonMapper::toJson)
                .toList();
    }
}
