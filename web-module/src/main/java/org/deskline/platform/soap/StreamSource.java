package org.deskline.platform.soap;

import jakarta.activation.DataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;

/** A read-only activation DataSource over a stream opened on demand, so MTOM responses stream from the store. */
public class StreamSource implements DataSource {

    private final String contentType;
    private final Supplier<InputStream> opener;

    public StreamSource(String contentType, Supplier<InputStream> opener) {
        this.contentType = contentType;
        this.opener = opener;
    }

    @Override
    public InputStream getInputStream() {
        return opener.get();
    }

    @Override
    public OutputStream getOutputStream() {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getName() {
        return "attachment";
    }
}
