package org.deskline.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * T2: a file attached to a ticket (screenshot, video, document). Its bytes live in the attachment store: the
 * database, addressed by their SHA-256.
 */
@Entity
@NamedQuery(name = Attachment.BYTES_OF_TICKET,
        query = "select sum(a.size) from Attachment a where a.ticketId = :ticket")
@NamedQuery(name = Attachment.BYTES_OF_ORGANIZATION, query = "select sum(a.size) from Attachment a, "
        + "Ticket t where t.id = a.ticketId and t.organizationId = :organization")
public class Attachment {

    public static final String BYTES_OF_TICKET = "Attachment.bytesOfTicket";
    public static final String BYTES_OF_ORGANIZATION = "Attachment.bytesOfOrganization";

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(Long ticketId, String fileName, String contentType, long size, String sha256,
                      String uploadedBy, Instant createdAt) {
        this.ticketId = ticketId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
