package io.serviceculture.plugin.standards.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One immutable version of a standard, written once and never updated. {@code VERSION_KEY} (standard id and
 * number) is unique, so two admins publishing at once cannot both become version n.
 */
@Table("SLA_VER")
public interface StandardVersionAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_STANDARD_ID = "STANDARD_ID";
    String COLUMN_VERSION_NUMBER = "VERSION_NUMBER";
    String COLUMN_VERSION_KEY = "VERSION_KEY";
    String COLUMN_EFFECTIVE_FROM = "EFFECTIVE_FROM";
    String COLUMN_DEFINITION = "DEFINITION";

    @NotNull
    @Indexed
    String getStandardId();

    void setStandardId(String standardId);

    int getVersionNumber();

    void setVersionNumber(int versionNumber);

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getVersionKey();

    void setVersionKey(String versionKey);

    @NotNull
    Date getEffectiveFrom();

    void setEffectiveFrom(Date effectiveFrom);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);
}
