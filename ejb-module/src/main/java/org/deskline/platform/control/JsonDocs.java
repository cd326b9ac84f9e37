package org.deskline.platform.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import org.deskline.platform.control.JsonDocs;

/**
 * JSON builders and readers from one provider looked up once. {@code JsonDocs.object()} looks the provider
 * up again on every call (a service-loader walk over every jar of the class path): issue 21's profile of the SOAP mix
 * found 4.9 % of the HTTP workers' time there, mostly in the alert written by every create and reply.
 */
public final class JsonDocs {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonDocs() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}
