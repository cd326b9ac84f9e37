package org.deskline.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleFinderTest {

    @Test
    void k1_only_letters_and_digits_reach_the_full_text_query() {
        assertThat(ArticleFinder.prefix("invoic")).isEqualTo("invoic:*");
        assertThat(ArticleFinder.prefix("فاکتور")).isEqualTo("فاکتور:*");
        for (String hostile : new String[] {"a'b", "x:*", "a & b", "", "a)|(b"}) {
            assertThatThrownBy(() -> ArticleFinder.prefix(hostile)).isInstanceOf(IllegalArgumentException.class);
        }
        // what a query can hold once normalised: letters, digits and single spaces between words
        assertThat(KnowledgeText.stems(KnowledgeText.terms("x' OR 1=1; -- :* & |")))
                .allSatisfy(stem -> assertThat(ArticleFinder.prefix(stem)).endsWith(":*"));
    }
}
