package org.deskline.knowledge.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * K1: text as search compares it, the same for Persian, English and Russian. Arabic yeh and alef maksura become
 * Persian yeh, Arabic kaf Persian kaf, teh marbuta heh; Persian and Arabic-Indic digits become 0-9; diacritics
 * (harakat), tatweel and the zero-width non-joiner go (so "می‌خواهم", "میخواهم" and, by substring, "می خواهم" meet); Russian ё
 * is е; everything is lower case; anything but letters and digits separates words. {@link #normalise} keeps, for every
 * character it returns, the index it came from, so a hit can be shown in the original text.
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
        int[] kept = new int[length];
        System.arraycopy(origin, 0, kept, 0, length);
        return new Mapped(out.substring(0, length), kept);
    }

    /** The distinct words of a query, normalised, at most {@link #MAX_TERMS}. */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : normalise(query).split(" ")) {
            if (!word.isEmpty() && terms.size() < MAX_TERMS) {
                terms.add(word);
            }
        }
        return new ArrayList<>(terms);
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
            case '\u0640', '\u200C', '\u200D', '\u200F', '\u200E' -> { // tatweel, ZWNJ, ZWJ, direction marks
                return 0;
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
