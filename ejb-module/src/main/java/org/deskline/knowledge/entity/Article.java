package org.deskline.knowledge.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.deskline.platform.entity.EditStamp;
import org.deskline.platform.entity.SequencedEntity;

/**
 * K1: an article of the knowledge base (FAQ, instructions, training videos) in one language; its translations share
 * {@code translationKey}. Body in Markdown, rendered safely for readers. Optimistic locking: a save names the
 * version it edited.
 */
@Entity
public class Article extends SequencedEntity {

    @Version
    private long version;

    private String translationKey;

    private String language;

    private String category;

    private String title;

    private String body;

    private String videoUrls;

    private String tags;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private Long organizationId;

    private Long projectId;

    @Enumerated(EnumType.STRING)
    private ArticleState state;

    private String searchText;

    /** K1: the title and tags alone, normalised: a word found here ranks above one found only in the body. */
    private String searchHead;

    private int searchForm;

    @Embedded
    private EditStamp stamp;

    private Instant publishedAt;

    private long views;

    private long helpful;

    private long notHelpful;

    private long answered;

    protected Article() {
    }

    public Article(String translationKey, String language, String createdBy, Instant createdAt) {
        this.translationKey = translationKey;
        this.language = language;
        this.state = ArticleState.DRAFT;
        this.stamp = EditStamp.of(createdBy, createdAt);
    }

    /** New content (checked by the caller), with the text search reads. */
    public void write(ArticleContent content, String searchHead, String searchText, int searchForm, String by,
                      Instant at) {
        this.category = content.category();
        this.title = content.title();
        this.body = content.body();
        this.videoUrls = String.join("\n", content.videoUrls());
        this.tags = String.join(",", content.tags());
        this.audience = content.audience();
        this.organizationId = content.organizationId();
        this.projectId = content.projectId();
        this.searchHead = searchHead;
        this.searchText = searchText;
        this.searchForm = searchForm;
        stamp.touch(by, at);
    }

    public void moveTo(ArticleState newState, String by, Instant at) {
        if (newState == ArticleState.PUBLISHED && publishedAt == null) {
            publishedAt = at;
        }
        this.state = newState;
        stamp.touch(by, at);
    }

    /** K1: what the content says, as one value (the editor's form, a translation's starting point). */
    public ArticleContent content() {
        return new ArticleContent(language, category, title, body, list(videoUrls, "\n"), list(tags, ","), audience,
                organizationId, projectId);
    }

    private static List<String> list(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    public long getVersion() {
        return version;
    }

    public String getTranslationKey() {
        return translationKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public List<String> getVideoUrls() {
        return list(videoUrls, "\n");
    }

    public List<String> getTags() {
        return list(tags, ",");
    }

    public Audience getAudience() {
        return audience;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public ArticleState getState() {
        return state;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getCreatedBy() {
        return stamp.getCreatedBy();
    }

    public Instant getCreatedAt() {
        return stamp.getCreatedAt();
    }

    public String getUpdatedBy() {
        return stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp.getUpdatedAt();
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getViews() {
        return views;
    }

    public long getHelpful() {
        return helpful;
    }

    public long getNotHelpful() {
        return notHelpful;
    }

    public long getAnswered() {
        return answered;
    }
}
