package org.deskline.platform.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The field named in the validator's own words (messages as Xerces in the JDK writes them). */
class SchemaErrorsTest {

    @Test
    void a_non_number_names_the_element_from_the_second_message() {
        assertThat(SchemaErrors.field(List.of(
                "cvc-datatype-valid.1.2.1: 'abc' is not a valid value for 'integer'.",
                "cvc-type.3.1.3: The value 'abc' of element 't:ticketId' is not valid."))).contains("ticketId");
    }

    @Test
    void a_missing_element_names_the_expected_one() {
        assertThat(SchemaErrors.field(List.of("cvc-complex-type.2.4.a: Invalid content was found starting with "
                + "element '{\"https://deskline.org/ns/ticket/v1\":category}'. One of "
                + "'{\"https://deskline.org/ns/ticket/v1\":title}' is expected."))).contains("title");
    }

    @Test
    void of_several_candidates_the_last_is_the_required_one_that_is_missing() {
        assertThat(SchemaErrors.field(List.of("cvc-complex-type.2.4.a: Invalid content was found starting with "
                + "element '{\"https://deskline.org/ns/ticket/v1\":category}'. One of "
                + "'{\"https://deskline.org/ns/ticket/v1\":kind, \"https://deskline.org/ns/ticket/v1\":title}' "
                + "is expected."))).contains("title");
        assertThat(SchemaErrors.field(List.of("cvc-complex-type.2.4.b: The content of element 't:ticket' is not "
                + "complete. One of '{kind, title}' is expected."))).contains("title");
    }

    @Test
    void an_enumeration_violation_names_the_element() {
        assertThat(SchemaErrors.field(List.of(
                "cvc-enumeration-valid: Value 'SUPERURGENT' is not facet-valid with respect to enumeration "
                        + "'[CRITICAL, URGENT, HIGH, NORMAL, LOW]'. It must be a value from the enumeration.",
                "cvc-type.3.1.3: The value 'SUPERURGENT' of element 't:priority' is not valid.")))
                .contains("priority");
    }

    @Test
    void an_unexpected_element_is_named() {
        assertThat(SchemaErrors.field(List.of("cvc-complex-type.2.4.d: Invalid content was found starting with "
                + "element 't:bogus'. No child element is expected at this point."))).contains("bogus");
    }

    @Test
    void nothing_to_name_gives_empty() {
        assertThat(SchemaErrors.field(List.of("Content is not allowed in prolog."))).isEmpty();
    }
}
