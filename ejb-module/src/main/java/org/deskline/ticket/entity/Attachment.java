package org.deskline.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/**
 * T2: a file attached to a ticket (screenshot, video, document). Its bytes live in the attachment store: the
 * database, addressed by their SHA-256.
 */
@Entity
@NamedQuery(name = Attachment.BYTES_OF_TICKET,
        query = "select sum(a.size) from Attachment a where a.ticketId = :ticket")
@NamedQuery(name = Attachment.BYTES_OF_ORGANIZATION, query = "select sum(a.size) from Attachment a, "
        + "Ticket t where t.id = a.ticketId and t.organizationId = :organization")
public class Attachment extends SequencedEntity {

    public static final String BYTES_OF_TICKET = "Attachment.bytesOfTicket";
    public static final String BYTES_OF_ORGANIZATION = "Attachment.bytesOfOrganization";

    private Long ticketId;

    private String fileName;

    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    private String uploadedBy;

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
