package org.deskline.knowledge.entity;

import java.util.List;

/**
 * K1: what an editor writes: language (fa, en, ru), category path ("Billing/Invoices"), title, Markdown body, video
 * links, tags, and the audience (an organization or a project for the restricted ones). Checked by
 * {@code knowledge.control.ArticleRules}.
 */
public record ArticleContent(String language, String category, String title, String body, List<String> videoUrls,
                             List<String> tags, Audience audience, Long organizationId, Long projectId)
        implements java.io.Serializable {
}
