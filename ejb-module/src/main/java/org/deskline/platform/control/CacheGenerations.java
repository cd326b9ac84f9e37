package org.deskline.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The generations of what servers keep in memory from the database ({@code cache_generation}, issue 22): a change
 * counts its generation up in its own transaction, and a server that finds the number moved reads the data again.
 * How often a server looks is the cache's own affair (at most once a second for the SLA calendars and the API
 * clients).
 */
@ApplicationScoped
public class CacheGenerations {

    @PersistenceContext
    EntityManager em;

    /** The committed generation of {@code name}. */
    public long current(String name) {
        Object value = em.createNativeQuery("select generation from cache_generation where name = ?1")
                .setParameter(1, name).getSingleResult();
        return ((Number) value).longValue();
    }

    /** Counts {@code name} up in the running transaction: every server reads the data again once it commits. */
    public void countUp(String name) {
        em.createNativeQuery("update cache_generation set generation = generation + 1 where name = ?1")
                .setParameter(1, name).executeUpdate();
    }
}
