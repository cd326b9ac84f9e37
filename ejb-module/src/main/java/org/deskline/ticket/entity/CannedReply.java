package org.deskline.ticket.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.deskline.platform.entity.EditStamp;
import org.deskline.platform.entity.SequencedEntity;
import org.deskline.security.entity.Tier;

/**
 * Issue 20: an answer agents give again and again, written once (managers, administrators) and put into a ticket's
 * reply box to edit before sending. For one language (null: any) and one team (the tier it serves; null: every team).
 */
@Entity
@Table(name = "canned_reply")
public class CannedReply extends SequencedEntity {

    @Version
    private long version;

    private String title;

    private String body;

    private String language;

    @Enumerated(EnumType.STRING)
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
