package org.deskline.ticket;

import java.lang.reflect.Field;
import java.time.Instant;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.platform.entity.SequencedEntity;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketKind;

/** Tickets for unit tests, with ids set as the database would. */
public final class TicketFixtures {

    public static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static long nextId = 100;

    private TicketFixtures() {
    }

    public static Ticket ticket(String title, TicketKind kind, boolean emergency) {
        Organization org = new Organization("Org", T0);
        setId(org, 1L);
        Project project = new Project(org, "P1", "Project", T0);
        setId(project, 2L);
        Ticket t = new Ticket(project, kind, Category.TECHNICAL, Priority.NORMAL, emergency, title, "text",
                Channel.SOAP, "erp", T0);
        setId(t, nextId++);
        return t;
    }

    public static Ticket ticket(String title) {
        return ticket(title, TicketKind.SUPPORT, false);
    }

    /** Numbers a record as the database would on its first write. */
    public static void setId(SequencedEntity entity, Long id) {
        try {
            Field f = SequencedEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
