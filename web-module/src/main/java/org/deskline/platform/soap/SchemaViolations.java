package org.deskline.platform.soap;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import org.deskline.platform.DeskException;

/** The schema violations of the current SOAP request, handed over by {@link CdiInstanceResolver}. */
@RequestScoped
public class SchemaViolations {

    private final List<String> messages = new ArrayList<>();

    void record(List<String> violations) {
        messages.addAll(violations);
    }

    /** Refuses the request when the schema validator found anything wrong with it. */
    public void check() {
        if (!messages.isEmpty()) {
            String field = SchemaErrors.field(messages).orElse(null);
            throw DeskException.invalid(field, "schema",
                    "The request does not match the WSDL schema: " + String.join(" ", messages));
        }
    }
}
