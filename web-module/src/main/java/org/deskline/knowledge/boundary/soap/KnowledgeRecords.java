package org.deskline.knowledge.boundary.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import org.deskline.knowledge.control.ArticleSearch;
import org.deskline.knowledge.entity.Article;
import org.deskline.platform.soap.XmlTimes;

/** The transfer types of KnowledgeService, and the mapping from the entities (nothing else crosses the wire). */
public final class KnowledgeRecords {

    private KnowledgeRecords() {
    }

    /** One article found: enough to list it, with a snippet of where the words stand. */
    @XmlType(name = "ArticleHit", propOrder = {"articleId", "language", "category", "title", "snippet", "tag",
        "helpful", "notHelpful"})
    public static class HitRecord {
        public long articleId;
        @XmlElement(required = true)
        public String language;
        @XmlElement(required = true)
        public String category;
        @XmlElement(required = true)
        public String title;
        /** HTML-escaped text around the first hit, the hit inside {@code <mark>}; insert as HTML or strip. */
        @XmlElement(required = true)
        public String snippet;
        public List<String> tag = new ArrayList<>();
        public long helpful;
        public long notHelpful;
    }

    /** One page of hits (10 a page) and how many there are in all. */
    @XmlType(name = "ArticleSearchResult", propOrder = {"total", "page", "pageSize", "hit"})
    public static class SearchRecord {
        public int total;
        public int page;
        public int pageSize;
        public List<HitRecord> hit = new ArrayList<>();
    }

    /** The same article in another language. */
    @XmlType(name = "ArticleTranslation", propOrder = {"language", "articleId"})
    public static class TranslationRecord {
        @XmlElement(required = true)
        public String language;
        public long articleId;
    }

    /** A whole article: Markdown and the same rendered as safe HTML, video links, tags, translations. */
    @XmlType(name = "Article", propOrder = {"articleId", "language", "category", "title", "body", "html",
        "videoUrl", "tag", "updatedAt", "translation", "helpful", "notHelpful"})
    public static class ArticleRecord {
        public long articleId;
        @XmlElement(required = true)
        public String language;
        @XmlElement(required = true)
        public String category;
        @XmlElement(required = true)
        public String title;
        /** Markdown as written. */
        @XmlElement(required = true)
        public String body;
        /** The body as HTML: raw HTML escaped, links only to http, https and mailto. */
        @XmlElement(required = true)
        public String html;
        public List<String> videoUrl = new ArrayList<>();
        public List<String> tag = new ArrayList<>();
        @XmlElement(required = true)
        public XMLGregorianCalendar updatedAt;
        public List<TranslationRecord> translation = new ArrayList<>();
        public long helpful;
        public long notHelpful;
    }

    /** A category path ("Billing/Invoices") and how many articles you may read in and below it. */
    @XmlType(name = "ArticleCategory", propOrder = {"path", "articles"})
    public static class CategoryRecord {
        @XmlElement(required = true)
        public String path;
        public int articles;
    }

    static HitRecord hit(ArticleSearch.Hit h) {
        HitRecord r = new HitRecord();
        Article a = h.article();
        r.articleId = a.getId();
        r.language = a.getLanguage();
        r.category = a.getCategory();
        r.title = a.getTitle();
        r.snippet = h.snippet();
        r.tag.addAll(a.getTags());
        r.helpful = a.getHelpful();
        r.notHelpful = a.getNotHelpful();
        return r;
    }

    static ArticleRecord article(Article a, String html, java.util.Map<String, Long> translations) {
        ArticleRecord r = new ArticleRecord();
        r.articleId = a.getId();
        r.language = a.getLanguage();
        r.category = a.getCategory();
        r.title = a.getTitle();
        r.body = a.getBody();
        r.html = html;
        r.videoUrl.addAll(a.getVideoUrls());
        r.tag.addAll(a.getTags());
        r.updatedAt = XmlTimes.of(a.getUpdatedAt());
        translations.forEach((language, id) -> {
            TranslationRecord t = new TranslationRecord();
            t.language = language;
            t.articleId = id;
            r.translation.add(t);
        });
        r.helpful = a.getHelpful();
        r.notHelpful = a.getNotHelpful();
        return r;
    }
}
