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

    /**
     * What ranking reads of an article, and nothing more (the database hands these over without building entities
     * or reading bodies): its id, title, tags (as stored, comma-separated), normalised search text and helpfulness
     * (helpful minus not helpful votes).
     */
    public record Candidate(Long id, String title, String tags, String searchText, long helpfulness) {

        public static Candidate of(Article a) {
            return new Candidate(a.getId(), a.getTitle(), String.join(",", a.getTags()), a.getSearchText(),
                    a.getHelpful() - a.getNotHelpful());
        }
    }

    /** A candidate that matched, with its score. */
    public record Scored(Candidate candidate, int score) {

        public Long id() {
            return candidate.id();
        }
    }

    static final int SNIPPET_BEFORE = 60;
    static final int SNIPPET_AFTER = 140;

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> s.candidate().helpfulness(), Comparator.reverseOrder())
            .thenComparing(Scored::id, Comparator.nullsLast(Comparator.reverseOrder()));

    private ArticleSearch() {
    }

    /** The candidates holding every word, best first (ranking reads no body: {@link #hit} cuts the snippet). */
    public static List<Scored> rank(List<Candidate> candidates, List<String> terms) {
        List<String> stems = KnowledgeText.stems(terms);
        String phrase = String.join(" ", terms);
        return candidates.stream().map(c -> new Scored(c, score(c, phrase, stems)))
                .filter(s -> s.score() > 0).sorted(BEST_FIRST).toList();
    }

    /** For suggestions: any word counts, more words rank higher (an article needs two of them, or one in its title). */
    public static List<Scored> rankAny(List<Candidate> candidates, List<String> terms) {
        List<String> stems = KnowledgeText.stems(terms);
        return candidates.stream().map(c -> new Scored(c, scoreAny(c, stems)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(Scored::id, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    static int scoreAny(Candidate a, List<String> stems) {
        String title = KnowledgeText.normalise(a.title());
        int matched = 0;
        int score = 0;
        boolean inTitle = false;
        for (String stem : stems) {
            if (KnowledgeText.wordStarting(a.searchText(), stem, 0) >= 0) {
                matched++;
                boolean t = KnowledgeText.wordStarting(title, stem, 0) >= 0;
                inTitle |= t;
                score += 10 + (t ? 10 : 0);
            }
        }
        return matched >= 2 || inTitle ? score : 0;
    }

    /** Every word must be there, in some form (a word starting with its stem); the title and tags weigh most. */
    static int score(Candidate a, String phrase, List<String> stems) {
        String all = a.searchText();
        for (String stem : stems) { // most candidates fail here, before a title or tags is normalised
            if (KnowledgeText.wordStarting(all, stem, 0) < 0) {
                return 0;
            }
        }
        String title = KnowledgeText.normalise(a.title());
        String tags = KnowledgeText.normalise(a.tags().replace(',', ' '));
        int score = 0;
        for (String stem : stems) {
            score += KnowledgeText.wordStarting(title, stem, 0) >= 0 ? 10 : 0;
            score += KnowledgeText.wordStarting(tags, stem, 0) >= 0 ? 6 : 0;
            score += Math.min(5, occurrences(all, stem));
        }
        if (title.equals(phrase)) {
            score += 20;
        }
        return score;
    }

    /** A ranked article as a hit, with its snippet. */
    public static Hit hit(Article article, int score, List<String> terms) {
        return new Hit(article, score, snippet(article, terms));
    }

    public static String snippet(Article a, List<String> terms) {
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
