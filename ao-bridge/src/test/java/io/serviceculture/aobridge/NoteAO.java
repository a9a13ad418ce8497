package io.serviceculture.aobridge;

import net.java.ao.Entity;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

@Table("NOTE")
public interface NoteAO extends Entity {
    String COLUMN_TEXT = "TEXT";

    @Unique
    String getText();

    void setText(String text);
}
