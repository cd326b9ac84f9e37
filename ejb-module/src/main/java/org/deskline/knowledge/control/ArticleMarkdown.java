package org.deskline.knowledge.control;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.deskline.platform.DeskException;

/**
 * K1: article bodies are Markdown, and render safely: raw HTML is refused when saved (and escaped if it ever came
 * in), links and images lead only to http, https or mailto addresses (a {@code javascript:} or {@code data:} link is
 * refused naming the field). The same parser renders HTML for the console's preview and the SOAP {@code html}, and
 * plain text for search snippets.
 */
public final class ArticleMarkdown {

    static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private ArticleMarkdown() {
    }

    /** Refuses (VALIDATION, field {@code field}, rule K1) raw HTML and links or images to other schemes. */
    public static void check(String markdown, String field) {
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                refuse(field, "Raw HTML is not allowed in an article (" + shorten(html.getLiteral())
                        + "): write Markdown.");
            }

            @Override
            public void visit(HtmlInline html) {
                refuse(field, "Raw HTML is not allowed in an article (" + shorten(html.getLiteral())
                        + "): write Markdown.");
            }

            @Override
            public void visit(Link link) {
                checkUrl(link.getDestination(), field);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkUrl(image.getDestination(), field);
                visitChildren(image);
            }
        });
    }

    /** An http(s) or mailto address; anything else refused naming the field. */
    public static void checkUrl(String url, String field) {
        String scheme;
        try {
            scheme = URI.create(url.strip()).getScheme();
        } catch (IllegalArgumentException e) {
            scheme = null;
        }
        if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            refuse(field, "Links and images lead only to http, https or mailto addresses; not " + shorten(url)
                    + ".");
        }
    }

    /** Safe HTML: raw HTML escaped, unsafe link targets dropped. */
    public static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** The words a reader sees, without Markdown syntax (for snippets). */
    public static String text(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return TEXT.render(document);
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }

    private static void refuse(String field, String message) {
        throw DeskException.invalid(field, "K1", message);
    }
}
