package org.deskline.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.deskline.platform.entity.EditStamp;
import org.deskline.security.entity.Tier;

/**
 * Issue 20: an answer agents give again and again, written once (managers, administrators) and put into a ticket's
 * reply box to edit before sending. For one language (null: any) and one team (the tier it serves; null: every team).
 */
@Entity
@Table(name = "canned_reply")
public class CannedReply {

    @Id
    @SequenceGenerator(name = "canned_reply_seq", sequenceName = "canned_reply_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_reply_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Tier tier;

    @Embedded
    private EditStamp stamp;

    protected CannedReply() {
    }

    public CannedReply(String by, Instant at) {
        this.stamp = EditStamp.of(by, at);
    }

    /** New words (checked by the caller: {@code CannedReplyRules}). */
    public void write(String title, String body, String language, Tier tier, String by, Instant at) {
        this.title = title;
        this.body = body;
        this.language = language;
        this.tier = tier;
        stamp.touch(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Tier getTier() {
        return tier;
    }

    public String getUpdatedBy() {
        return stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp.getUpdatedAt();
    }
}
