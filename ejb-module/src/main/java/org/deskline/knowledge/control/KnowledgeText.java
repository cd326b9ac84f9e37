package org.deskline.knowledge.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * K1: text as search compares it, the same for Persian, English and Russian. Arabic yeh and alef maksura become
 * Persian yeh, Arabic kaf Persian kaf, teh marbuta heh; Persian and Arabic-Indic digits become 0-9; diacritics
 * (harakat) and tatweel go; the zero-width non-joiner separates words like a space, and the verbal prefixes می and
 * نمی and the endings ها, های, شده are words of their own (so "می‌خواهم", "میخواهم" and "می خواهم" are all
 * "می خواهم"; "فاکتورها" and "فاکتور‌ها" are "فاکتور ها");
 * Russian ё is е; everything is lower case; anything but letters and digits separates words. {@link #normalise} keeps,
 * for every character it returns, the index it came from, so a hit can be shown in the original text.
 */
public final class KnowledgeText {

    /** The most words a query is read for. */
    public static final int MAX_TERMS = 10;

    /** Normalised text and, per character, its index in the original. */
    public record Mapped(String text, int[] origin) {
    }

    private KnowledgeText() {
    }

    public static String normalise(String text) {
        return text == null ? "" : map(text).text();
    }

    /** The normalised text with one space between words, and where each character came from. */
    public static Mapped map(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == 0) {
                continue; // dropped: diacritic, tatweel, zero-width non-joiner
            }
            if (Character.isLetterOrDigit(c)) {
                origin[out.length()] = i;
                out.append(c);
                space = false;
            } else if (!space) {
                origin[out.length()] = i;
                out.append(' ');
                space = true;
            }
        }
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) == ' ') {
            length--;
        }
        return splitPersianAffixes(out.substring(0, length), origin);
    }

    /** Persian endings written joined, with a zero-width non-joiner or with a space: always a word of their own. */
    private static final List<String> GLUED_ENDINGS = List.of("هایی", "های", "ها", "شده", "شدن");

    /**
     * "میخواهم" → "می خواهم", "نمیشود" → "نمی شود", "فاکتورها" → "فاکتور ها", "ارسالشده" → "ارسال شده": a verbal
     * prefix or a plural / participle ending is a word of its own where at least three letters remain.
     */
    private static Mapped splitPersianAffixes(String text, int[] origin) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int[] mapped = new int[text.length() * 3 + 1];
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf(' ', i);
            end = end < 0 ? text.length() : end;
            int from = i;
            int to = end;
            for (String prefix : List.of("نمی", "می")) {
                if (text.startsWith(prefix, from) && to - from - prefix.length() >= 3) {
                    from += prefix.length();
                    break;
                }
            }
            for (String ending : GLUED_ENDINGS) {
                if (text.startsWith(ending, to - ending.length()) && to - ending.length() - from >= 3) {
                    to -= ending.length();
                    break;
                }
            }
            for (int k = i; k <= end && k < text.length(); k++) {
                if ((k == from && from > i) || (k == to && to < end)) {
                    mapped[out.length()] = origin[k];
                    out.append(' ');
                }
                mapped[out.length()] = origin[k];
                out.append(text.charAt(k));
            }
            i = end + 1;
        }
        int[] kept = new int[out.length()];
        System.arraycopy(mapped, 0, kept, 0, out.length());
        return new Mapped(out.toString(), kept);
    }

    /** Persian endings that a space or a zero-width non-joiner may part from their word: no word of a query alone. */
    private static final Set<String> DETACHED_ENDINGS = Set.of("ها", "های", "هایی", "ای", "ی", "تر", "ترین");

    /** The distinct words of a query, normalised, at most {@link #MAX_TERMS}. */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : normalise(query).split(" ")) {
            if (!word.isEmpty() && !DETACHED_ENDINGS.contains(word) && terms.size() < MAX_TERMS) {
                terms.add(word);
            }
        }
        return new ArrayList<>(terms);
    }

    /** Each term's {@link #stem}, in order, without repeats. */
    public static List<String> stems(List<String> terms) {
        return terms.stream().map(KnowledgeText::stem).distinct().toList();
    }

    /**
     * The start that the forms of a normalised word share, so that a word of the text starting with it is the same
     * word in another form: English plural, -ing, -ed and a final e or y ("invoices", "invoicing" and "invoice" share
     * "invoic"); Russian case, number and verb endings ("счета", "счетов" → "счет"; "оплатить", "оплата" → "оплат");
     * Persian plural and -ی ("فاکتورها" → "فاکتور"; "خرابی" → "خراب"). A light stemmer in the product itself, so that
     * search finds the same articles on H2 and on PostgreSQL. Words under four letters stay as they are; a stem keeps
     * at least three.
     */
    public static String stem(String word) {
        if (word.length() < 4) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        if (last >= 'a' && last <= 'z') {
            return english(word);
        }
        if (last >= '\u0430' && last <= '\u044F') {
            return strip(strip(word, List.of("ся", "сь")), RUSSIAN_ENDINGS);
        }
        if (last >= '\u0600' && last <= '\u06FF') {
            return strip(word, PERSIAN_ENDINGS);
        }
        return word;
    }

    /** Russian endings of nouns, adjectives and verbs, longest first. */
    private static final List<String> RUSSIAN_ENDINGS = List.of("иями", "ями", "ами", "ого", "его", "ому", "ему",
            "ыми", "ими", "ить", "ать", "ять", "еть", "ешь", "ете", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой",
            "ую", "юю", "ах", "ях", "ам", "ям", "ов", "ев", "ей", "ом", "ем", "ет", "ут", "ют", "ит", "ат", "ят", "ал",
            "ил", "ла", "ли", "ло", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й");

    /** Persian plural, superlative and -ی endings, longest first. */
    private static final List<String> PERSIAN_ENDINGS = List.of("هایی", "ترین", "های", "ها", "ی");

    private static String strip(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static String english(String word) {
        String s = word;
        if (s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes")
                || s.endsWith("zes")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() >= 6) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && !s.endsWith("eed") && s.length() >= 6) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.length() >= 5 && (s.endsWith("e") || s.endsWith("y"))) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() >= 3 ? s : word;
    }

    /** Where a word of the normalised text starts with {@code stem}, from {@code from} on; -1 where none does. */
    public static int wordStarting(String text, String stem, int from) {
        for (int i = text.indexOf(stem, from); i >= 0; i = text.indexOf(stem, i + 1)) {
            if (i == 0 || text.charAt(i - 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static char fold(char c) {
        switch (c) {
            case '\u064A', '\u0649' -> { // Arabic yeh, alef maksura
                return '\u06CC';
            }
            case '\u0643' -> { // Arabic kaf
                return '\u06A9';
            }
            case '\u0629' -> { // teh marbuta
                return '\u0647';
            }
            case '\u0623', '\u0625', '\u0671' -> { // alef with hamza above / below, alef wasla
                return '\u0627';
            }
            case '\u0640', '\u200D', '\u200F', '\u200E' -> { // tatweel, ZWJ, direction marks
                return 0;
            }
            case '\u200C' -> { // zero-width non-joiner: between the parts of one written word, which search reads apart
                return ' ';
            }
            case '\u0451', '\u0401' -> { // ё Ё
                return '\u0435';
            }
            default -> {
            }
        }
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
            return 0; // harakat, superscript alef
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        return Character.toLowerCase(c);
    }
}
