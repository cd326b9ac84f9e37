package org.deskline.alert.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.deskline.alert.entity.Alert;

/** Reads back recorded alerts for the console. */
@Stateless
public class AlertLog {

    @PersistenceContext
    EntityManager em;

    public List<Alert> recent(int max) {
        return em.createNamedQuery(Alert.RECENT, Alert.class).setMaxResults(max).getResultList();
    }
}
