package org.deskline.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnowledgeTextTest {

    @Test
    void k1_arabic_letters_digits_and_the_zero_width_non_joiner_meet_their_persian_forms() {
        assertThat(KnowledgeText.normalise("كيف")).isEqualTo(KnowledgeText.normalise("کیف"));
        assertThat(KnowledgeText.normalise("فاکتور ۱۴۰۵")).isEqualTo("فاکتور 1405");
        assertThat(KnowledgeText.normalise("فاکتور ١٤٠٥")).isEqualTo("فاکتور 1405");
        assertThat(KnowledgeText.normalise("می\u200Cخواهم")).isEqualTo("میخواهم");
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

    @Test
    void k1_every_normalised_character_knows_where_it_came_from() {
        String original = "می\u200Cخواهم رمز";
        KnowledgeText.Mapped mapped = KnowledgeText.map(original);
        int at = mapped.text().indexOf("رمز");
        assertThat(original.substring(mapped.origin()[at], mapped.origin()[at + 2] + 1)).isEqualTo("رمز");
    }
}
