package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * createTicket input. projectCode, title, category and description are required (T2); priority defaults to
 * NORMAL (T4).
 */
@XmlType(name = "NewTicket", propOrder = {"projectCode", "kind", "title", "category", "priority", "description",
        "emergency", "requestId", "stepsToReproduce", "pageUrl", "productVersion", "emergencyReason"})
public class NewTicketRequest {

    @XmlElement(required = true)
    public String projectCode;
    public TicketKindCode kind;
    @XmlElement(required = true)
    public String title;
    @XmlElement(required = true)
    public CategoryCode category;
    public PriorityCode priority;
    @XmlElement(required = true)
    public String description;
    public Boolean emergency;
    /** T13: your own id for this creation; a retry with the same id returns the first ticket. */
    public String requestId;
    /** T2: how to make the problem happen, step by step (at most 4000 characters). */
    public String stepsToReproduce;
    /** T2: the full http(s) address of the page where it happens (at most 500 characters). */
    public String pageUrl;
    /** T2: the product version and edition in use (at most 100 characters). */
    public String productVersion;
    /** S3: why it is an emergency (SITE_DOWN, NO_ADMIN_ACCESS, HACKED); only with emergency true. */
    public EmergencyReasonCode emergencyReason;
}
