package org.deskline.platform.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A record numbered by a database sequence of its own: {@code <table>_seq}, counting up by
 * {@link MappingConventions#ALLOCATION} so that one round trip numbers that many new rows. The migrations create each
 * sequence ({@code create sequence ticket_seq start with 50 increment by 50}); {@link MappingConventions} ties each
 * entity to its sequence when the persistence unit starts, so no entity repeats the three annotations that say so.
 */
@MappedSuperclass
public abstract class SequencedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** The number the database gave, or {@code null} before the record is first written. */
    public Long getId() {
        return id;
    }
}
