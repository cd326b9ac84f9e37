package org.deskline.api.soap;

import org.deskline.billing.entity.TicketTerms;
import org.deskline.platform.soap.XmlTimes;
import org.deskline.platform.DeskException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.TicketFilter;
import org.deskline.ticket.control.TicketPage;
import org.deskline.ticket.entity.TicketStatus;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.Attachment;
import org.deskline.ticket.entity.Proposal;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketEvent;
import org.deskline.ticket.entity.TicketMessage;
import org.deskline.ticket.entity.TicketKind;

/**
 * Between wire types and the domain: renaming, and the one check a wire type needs before the domain sees it (a
 * request without its ticket element is a T2 VALIDATION fault, not a null).
 */
final class TicketMapper {


    private TicketMapper() {
    }

    static NewTicket toCommand(NewTicketRequest r) {
        if (r == null) {
            throw DeskException.invalid("ticket", "T2", "ticket is required.");
        }
        return new NewTicket(r.projectCode, map(r.kind, TicketKind.class), r.title, map(r.category, Category.class),
                map(r.priority, Priority.class), r.description, Boolean.TRUE.equals(r.emergency), r.requestId,
                new NewTicket.Report(r.stepsToReproduce, r.pageUrl, r.productVersion),
                map(r.emergencyReason, org.deskline.ticket.entity.EmergencyReason.class));
    }

    static TicketFilter toFilter(TicketQuery q) {
        TicketQuery query = q == null ? new TicketQuery() : q;
        Set<TicketStatus> statuses = query.status.stream().filter(Objects::nonNull)
                .map(s -> map(s, TicketStatus.class)).collect(Collectors.toSet());
        return new TicketFilter(statuses, map(query.kind, TicketKind.class), map(query.priority, Priority.class),
                map(query.category, Category.class), query.projectCode,
                XmlTimes.instant(query.updatedSince, "updatedSince", null),
                query.page == null ? 0 : query.page,
                query.pageSize == null ? TicketFilter.DEFAULT_PAGE_SIZE : query.pageSize);
    }

    static TicketPageRecord toPage(TicketPage page, Map<Long, TicketTerms> terms) {
        TicketPageRecord r = new TicketPageRecord();
        r.total = page.total();
        r.page = page.page();
        r.pageSize = page.pageSize();
        page.tickets().forEach(t -> r.ticket.add(toRecord(t, terms.get(t.getId()))));
        return r;
    }

    /** A ticket with the billing decisions on it ({@code terms} null before the first). */
    static TicketRecord toRecord(Ticket t, TicketTerms terms) {
        TicketRecord r = new TicketRecord();
        r.ticketId = t.getId();
        r.projectCode = t.getProject().getCode();
        r.kind = map(t.getKind(), TicketKindCode.class);
        r.title = t.getTitle();
        r.category = map(t.getCategory(), CategoryCode.class);
        r.priority = map(t.getPriority(), PriorityCode.class);
        r.description = t.getDescription();
        r.emergency = t.isEmergency();
        r.status = map(t.getStatus(), StatusCode.class);
        r.channel = map(t.getChannel(), ChannelCode.class);
        r.createdAt = XmlTimes.of(t.getCreatedAt());
        r.updatedAt = XmlTimes.of(t.getUpdatedAt());
        r.resolution = map(t.getResolution(), ResolutionCode.class);
        r.closedAt = XmlTimes.of(t.getClosedAt());
        r.autoCloseAt = XmlTimes.of(t.getAutoCloseAt());
        r.rating = t.getRating();
        r.ratingComment = t.getRatingComment();
        r.qualityReview = t.isQualityReview();
        r.developmentStage = map(t.getDevelopmentStage(), DevelopmentStageCode.class);
        if (terms != null) {
            r.workClass = map(terms.getWorkClass(), WorkClassCode.class);
            r.featureRoute = map(terms.getFeatureRoute(), FeatureRouteCode.class);
            r.consentBy = terms.getConsentBy();
            r.consentAt = XmlTimes.of(terms.getConsentAt());
            r.consentRefusedAt = XmlTimes.of(terms.getConsentRefusedAt());
        }
        r.stepsToReproduce = t.getStepsToReproduce();
        r.pageUrl = t.getPageUrl();
        r.productVersion = t.getProductVersion();
        r.emergencyReason = map(t.getEmergencyReason(), EmergencyReasonCode.class);
        return r;
    }

    static ProposalRecord toProposal(Proposal p) {
        ProposalRecord r = new ProposalRecord();
        r.proposalId = p.getId();
        r.ticketId = p.getTicketId();
        r.scope = p.getScope();
        r.estimateHours = p.getEstimateHours();
        r.price = p.getPrice();
        r.currency = p.getCurrency();
        r.validUntil = XmlTimes.of(p.getValidUntil());
        r.status = map(p.getStatus(), ProposalStatusCode.class);
        r.createdAt = XmlTimes.of(p.getCreatedAt());
        r.respondedAt = XmlTimes.of(p.getRespondedAt());
        r.responseComment = p.getResponseComment();
        return r;
    }

    static AttachmentRecord toAttachment(Attachment a) {
        AttachmentRecord r = new AttachmentRecord();
        r.attachmentId = a.getId();
        r.ticketId = a.getTicketId();
        r.fileName = a.getFileName();
        r.contentType = a.getContentType();
        r.size = a.getSize();
        r.sha256 = a.getSha256();
        r.uploadedBy = a.getUploadedBy();
        r.createdAt = XmlTimes.of(a.getCreatedAt());
        return r;
    }

    static HistoryEntry toEntry(TicketEvent e) {
        HistoryEntry h = new HistoryEntry();
        h.at = XmlTimes.of(e.getOccurredAt());
        h.actorKind = e.getActorKind().name();
        h.actor = e.getActor();
        h.action = e.getAction();
        h.fromStatus = map(e.getFromStatus(), StatusCode.class);
        h.toStatus = map(e.getToStatus(), StatusCode.class);
        h.detail = e.getDetail();
        return h;
    }

    static MessageRecord toMessage(TicketMessage m) {
        MessageRecord r = new MessageRecord();
        r.messageId = m.getId();
        r.at = XmlTimes.of(m.getCreatedAt());
        r.authorKind = m.getAuthorKind().name();
        r.author = m.getAuthor();
        r.body = m.getBody();
        return r;
    }

    static <E extends Enum<E>> E map(Enum<?> value, Class<E> to) {
        return org.deskline.platform.soap.WireEnums.map(value, to);
    }
}
