package org.deskline.platform.soap;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the request field out of the XML Schema validator's messages, so a schema violation becomes a
 * VALIDATION fault that names its field like any other.
 */
public final class SchemaErrors {

    // "cvc-complex-type.2.4.a: ... One of '{"ns":kind, "ns":title}' is expected." In a sequence the candidates are
    // the optional elements that may come next followed by the first required one, so the last one is missing.
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{(?:[^}]*[ ,:])?([\\w.-]+)\\}'");
    // "cvc-type.3.1.3: The value 'abc' of element 'ticketId' is not valid."
    private static final Pattern ELEMENT = Pattern.compile("of element '(?:[\\w.-]+:)?([\\w.-]+)'");
    // "cvc-complex-type.2.4.a: Invalid content was found starting with element '{"...":bogus}'."
    private static final Pattern STARTING = Pattern.compile("starting with element '(?:\\{(?:\"[^\"]*\":)?|[\\w.-]+:)?([\\w.-]+)");

    private SchemaErrors() {
    }

    /** The field the first message that names one is about. */
    public static Optional<String> field(List<String> messages) {
        for (String message : messages) {
            for (Pattern p : List.of(EXPECTED, ELEMENT, STARTING)) {
                Matcher m = p.matcher(message);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
