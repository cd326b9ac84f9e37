package org.deskline.platform.soap;

import com.sun.xml.ws.developer.ValidationErrorHandler;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.SAXParseException;

/**
 * Collects the schema validator's complaints about a request instead of failing with an untyped fault; the
 * endpoint then answers with a typed VALIDATION fault naming the field. Without validation, garbage in a
 * numeric element would be read as zero.
 */
public class SchemaErrorRecorder extends ValidationErrorHandler {

    public static final String KEY = SchemaErrorRecorder.class.getName();

    @Override
    public void warning(SAXParseException exception) {
        // warnings do not make a request invalid
    }

    @Override
    public void error(SAXParseException exception) {
        record(exception);
    }

    @Override
    public void fatalError(SAXParseException exception) {
        record(exception);
    }

    @SuppressWarnings("unchecked")
    private void record(SAXParseException exception) {
        ((List<String>) packet.invocationProperties.computeIfAbsent(KEY, k -> new ArrayList<String>()))
                .add(exception.getMessage());
    }
}
