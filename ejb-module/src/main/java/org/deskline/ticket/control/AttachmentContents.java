package org.deskline.ticket.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Issue 22: attachment content in the database (tables {@code attachment_content} and {@code attachment_chunk}, V46),
 * so that any server of a cluster serves any file and a database backup holds them all. Content is addressed by its
 * SHA-256 and kept once; it is written and read in chunks of {@value #CHUNK} bytes, never whole in memory.
 * Writes join the caller's transaction (the data source is the application's JTA one): a refused or rolled-back
 * upload leaves nothing behind.
 */
public class AttachmentContents {

    /** Bytes in one chunk row. */
    public static final int CHUNK = 512 * 1024;

    private final DataSource dataSource;

    public AttachmentContents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Keeps the content of {@code file} under {@code sha256}. Content stored before is only marked fresh (so the
     * sweep leaves it to the row about to refer to it); returns whether it was new.
     */
    public boolean keep(String sha256, long size, Path file, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement touch = c.prepareStatement(
                    "update attachment_content set stored_at = ? where sha256 = ?")) {
                touch.setTimestamp(1, Timestamp.from(at));
                touch.setString(2, sha256);
                if (touch.executeUpdate() == 1) {
                    return false;
                }
            }
            try (PreparedStatement stray = c.prepareStatement("delete from attachment_chunk where sha256 = ?")) {
                stray.setString(1, sha256);
                stray.executeUpdate();
            }
            int chunks = 0;
            try (InputStream in = Files.newInputStream(file);
                 PreparedStatement insert = c.prepareStatement(
                         "insert into attachment_chunk (sha256, seq, bytes) values (?, ?, ?)")) {
                byte[] chunk;
                while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                    insert.setString(1, sha256);
                    insert.setInt(2, chunks++);
                    insert.setBytes(3, chunk);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement content = c.prepareStatement(
                    "insert into attachment_content (sha256, size_bytes, chunks, stored_at) values (?, ?, ?, ?)")) {
                content.setString(1, sha256);
                content.setLong(2, size);
                content.setInt(3, chunks);
                content.setTimestamp(4, Timestamp.from(at));
                content.executeUpdate();
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spooled upload " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store attachment content " + sha256, e);
        }
    }

    /** Whether content with this hash is stored. */
    public boolean has(String sha256) {
        return chunks(sha256) >= 0;
    }

    /** The content, read a chunk at a time as the stream is read (each chunk in its own short query). */
    public InputStream open(String sha256) {
        int chunks = chunks(sha256);
        if (chunks < 0) {
            throw new UncheckedIOException(new IOException("Attachment content " + sha256 + " is not stored"));
        }
        return new ChunkStream(sha256, chunks);
    }

    /**
     * Deletes content that no attachment refers to and that was not stored or attached again since
     * {@code before}, at most {@code max} of them; returns how many went. Safe beside uploads: content marked fresh
     * by one in flight is not old any more, and the delete checks that again row by row.
     */
    public int sweep(Instant before, int max) {
        List<String> candidates = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement find = c.prepareStatement("select c.sha256 from attachment_content c "
                    + "where c.stored_at < ? and not exists (select 1 from attachment a where a.sha256 = c.sha256)")) {
                find.setTimestamp(1, Timestamp.from(before));
                find.setMaxRows(max);
                try (ResultSet r = find.executeQuery()) {
                    while (r.next()) {
                        candidates.add(r.getString(1));
                    }
                }
            }
            int deleted = 0;
            for (String sha256 : candidates) {
                try (PreparedStatement content = c.prepareStatement("delete from attachment_content c "
                        + "where c.sha256 = ? and c.stored_at < ? "
                        + "and not exists (select 1 from attachment a where a.sha256 = c.sha256)")) {
                    content.setString(1, sha256);
                    content.setTimestamp(2, Timestamp.from(before));
                    if (content.executeUpdate() == 0) {
                        continue;
                    }
                }
                try (PreparedStatement chunks = c.prepareStatement("delete from attachment_chunk where sha256 = ?")) {
                    chunks.setString(1, sha256);
                    chunks.executeUpdate();
                }
                deleted++;
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot sweep attachment content", e);
        }
    }

    /** The number of chunks of stored content, or -1 when none is stored under this hash. */
    private int chunks(String sha256) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement find = c.prepareStatement(
                     "select chunks from attachment_content where sha256 = ?")) {
            find.setString(1, sha256);
            try (ResultSet r = find.executeQuery()) {
                return r.next() ? r.getInt(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read attachment content " + sha256, e);
        }
    }

    private byte[] chunk(String sha256, int seq) throws IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement(
                     "select bytes from attachment_chunk where sha256 = ? and seq = ?")) {
            read.setString(1, sha256);
            read.setInt(2, seq);
            try (ResultSet r = read.executeQuery()) {
                if (!r.next()) {
                    throw new IOException("Chunk " + seq + " of attachment content " + sha256 + " is missing");
                }
                return r.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read chunk " + seq + " of attachment content " + sha256, e);
        }
    }

    /** Reads the chunks in order, one at a time. */
    private final class ChunkStream extends InputStream {
        private final String sha256;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        ChunkStream(String sha256, int chunks) {
            this.sha256 = sha256;
            this.chunks = chunks;
        }

        private boolean fill() throws IOException {
            while (position >= current.length) {
                if (next >= chunks) {
                    return false;
                }
                current = chunk(sha256, next++);
                position = 0;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }
}
