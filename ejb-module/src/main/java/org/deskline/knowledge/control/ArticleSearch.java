package org.deskline.knowledge.control;

import java.util.Comparator;
import java.util.List;
import org.deskline.knowledge.entity.Article;

/**
 * K1: ranks the articles every word of a query is in, best first, and cuts a snippet around the first hit. A word in
 * the title counts most, then in a tag, then each time it stands in the body (up to 5); an exact title match wins;
 * ties go to the more helpful article, then the newer. Plain Java: the database finds the candidates.
 */
public final class ArticleSearch {

    /** An article found: its score and a snippet (HTML-escaped text with {@code <mark>} around the first hit). */
    public record Hit(Article article, int score, String snippet) {
    }

    static final int SNIPPET_BEFORE = 60;
    static final int SNIPPET_AFTER = 140;

    private ArticleSearch() {
    }

    /** Ranked hits without snippets (cutting one parses the body: {@link #withSnippets} does it for one page). */
    public static List<Hit> rank(List<Article> candidates, List<String> terms) {
        List<String> stems = KnowledgeText.stems(terms);
        return candidates.stream().map(a -> new Hit(a, score(a, terms, stems), ""))
                .filter(h -> h.score() > 0)
                .sorted(Comparator.comparingInt(Hit::score).reversed()
                        .thenComparing(h -> h.article().getHelpful() - h.article().getNotHelpful(),
                                Comparator.reverseOrder())
                        .thenComparing(h -> h.article().getId(), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** For suggestions: any word counts, more words rank higher (an article needs two of them, or one in its title). */
    public static List<Hit> rankAny(List<Article> candidates, List<String> terms) {
        List<String> stems = KnowledgeText.stems(terms);
        return candidates.stream().map(a -> new Hit(a, scoreAny(a, stems), ""))
                .filter(h -> h.score() > 0)
                .sorted(Comparator.comparingInt(Hit::score).reversed()
                        .thenComparing(h -> h.article().getId(), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    static int scoreAny(Article a, List<String> stems) {
        String title = KnowledgeText.normalise(a.getTitle());
        int matched = 0;
        int score = 0;
        boolean inTitle = false;
        for (String stem : stems) {
            if (KnowledgeText.wordStarting(a.getSearchText(), stem, 0) >= 0) {
                matched++;
                boolean t = KnowledgeText.wordStarting(title, stem, 0) >= 0;
                inTitle |= t;
                score += 10 + (t ? 10 : 0);
            }
        }
        return matched >= 2 || inTitle ? score : 0;
    }

    /** Every word must be there, in some form (a word starting with its stem); the title and tags weigh most. */
    static int score(Article a, List<String> terms, List<String> stems) {
        String title = KnowledgeText.normalise(a.getTitle());
        String tags = KnowledgeText.normalise(String.join(" ", a.getTags()));
        String all = a.getSearchText();
        int score = 0;
        for (String stem : stems) {
            if (KnowledgeText.wordStarting(all, stem, 0) < 0) {
                return 0;
            }
            score += KnowledgeText.wordStarting(title, stem, 0) >= 0 ? 10 : 0;
            score += KnowledgeText.wordStarting(tags, stem, 0) >= 0 ? 6 : 0;
            score += Math.min(5, occurrences(all, stem));
        }
        if (title.equals(String.join(" ", terms))) {
            score += 20;
        }
        return score;
    }

    /** The same hits, each with its snippet. */
    public static List<Hit> withSnippets(List<Hit> hits, List<String> terms) {
        return hits.stream().map(h -> new Hit(h.article(), h.score(), snippet(h.article(), terms))).toList();
    }

    static String snippet(Article a, List<String> terms) {
        String text = ArticleMarkdown.text(a.getBody()).replaceAll("\\s+", " ").strip();
        KnowledgeText.Mapped mapped = KnowledgeText.map(text);
        int at = -1;
        int length = 0;
        for (String stem : KnowledgeText.stems(terms)) {
            int i = KnowledgeText.wordStarting(mapped.text(), stem, 0);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                int space = mapped.text().indexOf(' ', i);
                length = (space < 0 ? mapped.text().length() : space) - i; // the whole word, in the form it has
            }
        }
        if (at < 0) {
            return escape(text.substring(0, Math.min(text.length(), SNIPPET_BEFORE + SNIPPET_AFTER)));
        }
        int start = mapped.origin()[at];
        int end = mapped.origin()[at + length - 1] + 1;
        int from = Math.max(0, start - SNIPPET_BEFORE);
        int to = Math.min(text.length(), end + SNIPPET_AFTER);
        return (from > 0 ? "…" : "") + escape(text.substring(from, start)) + "<mark>"
                + escape(text.substring(start, end)) + "</mark>" + escape(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    private static int occurrences(String text, String stem) {
        int n = 0;
        for (int i = KnowledgeText.wordStarting(text, stem, 0); i >= 0;
             i = KnowledgeText.wordStarting(text, stem, i + stem.length())) {
            n++;
        }
        return n;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
