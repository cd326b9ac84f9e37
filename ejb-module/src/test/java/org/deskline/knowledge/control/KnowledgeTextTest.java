package org.deskline.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeTextTest {

    @Test
    void k1_arabic_letters_digits_and_the_zero_width_non_joiner_meet_their_persian_forms() {
        assertThat(KnowledgeText.normalise("كيف")).isEqualTo(KnowledgeText.normalise("کیف"));
        assertThat(KnowledgeText.normalise("فاکتور ۱۴۰۵")).isEqualTo("فاکتور 1405");
        assertThat(KnowledgeText.normalise("فاکتور ١٤٠٥")).isEqualTo("فاکتور 1405");
        assertThat(KnowledgeText.normalise("می\u200Cخواهم")).isEqualTo("می خواهم");
        assertThat(KnowledgeText.normalise("میخواهم")).isEqualTo("می خواهم");
        assertThat(KnowledgeText.normalise("نمیشود میز")).isEqualTo("نمی شود میز");
        assertThat(KnowledgeText.normalise("فاکتور\u200Cها")).isEqualTo("فاکتور ها");
        assertThat(KnowledgeText.normalise("فاکتورها ارسالشده تنها")).isEqualTo("فاکتور ها ارسال شده تنها");
        assertThat(KnowledgeText.normalise("مُحَمَّد")).isEqualTo("محمد");
        assertThat(KnowledgeText.normalise("Ёлка, ПАРОЛЬ!")).isEqualTo("елка пароль");
        assertThat(KnowledgeText.normalise("  Reset   the\tpassword. ")).isEqualTo("reset the password");
    }

    @Test
    void k1_a_query_is_its_distinct_words_at_most_ten() {
        assertThat(KnowledgeText.terms("Invoice invoice, PDF?")).containsExactly("invoice", "pdf");
        assertThat(KnowledgeText.terms("a b c d e f g h i j k l")).hasSize(KnowledgeText.MAX_TERMS);
        assertThat(KnowledgeText.terms("?!")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"invoices, invoic", "invoicing, invoic", "invoice, invoic", "batteries, batter", "battery, batter",
            "processes, process", "speed, speed", "pdf, pdf", "счетов, счет", "счета, счет", "оплатить, оплат",
            "оплата, оплат", "обновляется, обновля", "فاکتورها, فاکتور", "خرابی, خراب"})
    void k1_a_stem_is_what_the_forms_of_a_word_start_with(String word, String stem) {
        assertThat(KnowledgeText.stem(word)).isEqualTo(stem);
    }

    @Test
    void k1_a_detached_persian_ending_is_no_word_of_a_query() {
        assertThat(KnowledgeText.terms("فاکتور\u200Cها")).containsExactly("فاکتور");
    }

    @Test
    void k1_a_stem_matches_at_the_start_of_a_word_only() {
        assertThat(KnowledgeText.wordStarting("the invoices are due", "invoic", 0)).isEqualTo(4);
        assertThat(KnowledgeText.wordStarting("the invoices are due", "voic", 0)).isEqualTo(-1);
        assertThat(KnowledgeText.wordStarting("voice invoice voices", "voic", 1)).isEqualTo(14);
    }

    @Test
    void k1_every_normalised_character_knows_where_it_came_from() {
        String original = "می\u200Cخواهم رمز";
        KnowledgeText.Mapped mapped = KnowledgeText.map(original);
        int at = mapped.text().indexOf("رمز");
        assertThat(original.substring(mapped.origin()[at], mapped.origin()[at + 2] + 1)).isEqualTo("رمز");
    }
}
