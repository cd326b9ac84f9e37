package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** A ticket as a customer system sees it. */
@XmlType(name = "Ticket", propOrder = {"ticketId", "projectCode", "kind", "title", "category", "priority",
        "description", "emergency", "status", "channel", "createdAt", "updatedAt", "resolution", "closedAt",
        "autoCloseAt", "rating", "ratingComment", "qualityReview", "developmentStage", "workClass", "featureRoute",
        "consentBy", "consentAt", "stepsToReproduce", "pageUrl", "productVersion", "consentRefusedAt",
        "emergencyReason", "suggestedArticleId"})
public class TicketRecord {

    public long ticketId;
    @XmlElement(required = true)
    public String projectCode;
    @XmlElement(required = true)
    public TicketKindCode kind;
    @XmlElement(required = true)
    public String title;
    @XmlElement(required = true)
    public CategoryCode category;
    @XmlElement(required = true)
    public PriorityCode priority;
    @XmlElement(required = true)
    public String description;
    public boolean emergency;
    @XmlElement(required = true)
    public StatusCode status;
    @XmlElement(required = true)
    public ChannelCode channel;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar createdAt;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar updatedAt;
    /** Set when the ticket is closed. */
    public ResolutionCode resolution;
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar closedAt;
    /** T6: when the ticket closes by itself unless the customer writes first. */
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar autoCloseAt;
    /** T11: the customer's rating, 1-5. */
    public Integer rating;
    public String ratingComment;
    /** T11: the ticket is with quality control. */
    public boolean qualityReview;
    /** T1: only for development requests. */
    public DevelopmentStageCode developmentStage;
    /** B2: BUG or NOT_A_BUG once support decided; it decides whether support time is free. */
    public WorkClassCode workClass;
    /** B8: RND (no date promised) or PAID_DEVELOPMENT, for development requests once support decided. */
    public FeatureRouteCode featureRoute;
    /** B9: who consented to work on the production database, and when. */
    public String consentBy;
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar consentAt;
    /** T2: what the reporter gave beside the description, when it did. */
    public String stepsToReproduce;
    public String pageUrl;
    public String productVersion;
    /** B9: when the customer last refused (or withdrew) consent; consentAt after it means a consent stands again. */
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar consentRefusedAt;
    /** S3: why the customer said it is an emergency, when it did. */
    public EmergencyReasonCode emergencyReason;
    /**
     * K1, in createTicket's answer only: up to 3 knowledge-base articles that may answer the ticket
     * (KnowledgeService.getArticle reads them); show them to the reporter.
     */
    public java.util.List<Long> suggestedArticleId = new java.util.ArrayList<>();
}
