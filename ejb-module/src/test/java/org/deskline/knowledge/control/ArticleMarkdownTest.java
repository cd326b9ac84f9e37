package org.deskline.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deskline.platform.DeskException;
import org.junit.jupiter.api.Test;

class ArticleMarkdownTest {

    @Test
    void k1_markdown_renders_with_links_to_safe_schemes() {
        String html = ArticleMarkdown.html("# Reset\n\nSee [the video](https://example.org/v) or **mail** "
                + "[us](mailto:help@example.org).");
        assertThat(html).contains("<h1>Reset</h1>", "href=\"https://example.org/v\"", "rel=\"nofollow\"",
                "<strong>mail</strong>", "mailto:help@example.org");
        ArticleMarkdown.check("[ok](https://example.org) ![img](http://example.org/a.png)", "body");
    }

    @Test
    void k1_raw_html_script_iframe_and_javascript_links_are_refused_naming_the_field() {
        for (String bad : new String[] {"<script>alert(1)</script>", "Hi <iframe src=\"https://x\"></iframe>",
            "[click](javascript:alert(1))", "![x](data:image/png;base64,AAAA)", "<b onclick=\"x()\">b</b>"}) {
            assertThatThrownBy(() -> ArticleMarkdown.check(bad, "body")).as(bad)
                    .isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.field()).isEqualTo("body");
                        assertThat(e.rule()).isEqualTo("K1");
                    });
        }
    }

    @Test
    void k1_whatever_slipped_in_is_escaped_when_rendered() {
        assertThat(ArticleMarkdown.html("<script>alert(1)</script>")).doesNotContain("<script>")
                .contains("&lt;script&gt;");
        assertThat(ArticleMarkdown.html("[x](javascript:alert(1))")).doesNotContain("javascript:");
    }
}
