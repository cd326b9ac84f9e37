package org.deskline.platform.entity;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who wrote a record first and who changed it last, and when: the four columns {@code created_by}, {@code created_at},
 * {@code updated_by} and {@code updated_at} of the records staff write by hand (articles, canned replies).
 */
@Embeddable
public class EditStamp {

    private String createdBy;

    private Instant createdAt;

    private String updatedBy;

    private Instant updatedAt;

    protected EditStamp() {
    }

    /** Written first by {@code by} at {@code at}, and last changed then too. */
    public static EditStamp of(String by, Instant at) {
        EditStamp s = new EditStamp();
        s.createdBy = by;
        s.createdAt = at;
        s.updatedBy = by;
        s.updatedAt = at;
        return s;
    }

    /** Changed by {@code by} at {@code at}. */
    public void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
