package org.deskline.ticket.control;

import java.time.Instant;
import java.util.Set;
import org.deskline.platform.DeskException;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.ticket.entity.TicketStatus;

/**
 * What a ticket search asks for; empty or null criteria match everything. Pages are numbered from 0; results
 * are sorted by last change, newest first, then by id, so paging is stable.
 */
public record TicketFilter(Set<TicketStatus> statuses, TicketKind kind, Priority priority, Category category,
                           String projectCode, Instant updatedSince, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        projectCode = projectCode == null || projectCode.isBlank() ? null : projectCode.strip();
        if (page < 0) {
            throw DeskException.invalid("page", null, "page counts from 0; it was " + page + ".");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw DeskException.invalid("pageSize", null,
                    "pageSize is from 1 to " + MAX_PAGE_SIZE + "; it was " + pageSize + ".");
        }
    }
}
