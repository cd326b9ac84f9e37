package org.deskline.ticket.control;

import java.util.Locale;
import java.util.Set;
import org.deskline.platform.DeskException;

/** T2: which files a ticket accepts: screenshots, videos and documents, under a size limit. */
public final class AttachmentRules {

    public static final Set<String> ALLOWED_TYPES = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp",
            "video/mp4", "video/webm",
            "application/pdf", "text/plain", "text/csv", "application/zip",
            "application/msword", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final int FILE_NAME_MAX = 255;

    private AttachmentRules() {
    }

    /** The content type, lower-cased, if it is on the allow list. */
    public static String checkContentType(String contentType) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).strip();
        }
        if (!ALLOWED_TYPES.contains(type)) {
            throw DeskException.invalid("contentType", "T2", "contentType '" + contentType
                    + "' is not accepted; allowed: " + String.join(", ", ALLOWED_TYPES.stream().sorted().toList())
                    + ".");
        }
        return type;
    }

    /** A plain file name: no folders, no control characters, at most 255 characters. */
    public static String checkFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > FILE_NAME_MAX || name.equals(".") || name.equals("..")
                || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == 0x7f)) {
            throw DeskException.invalid("fileName", "T2",
                    "fileName is a plain file name of 1-" + FILE_NAME_MAX + " characters, without folders.");
        }
        return name;
    }

    /** The client's SHA-256, if given, must match what arrived. */
    public static void checkChecksum(String expected, String actual) {
        if (expected != null && !expected.isBlank() && !expected.strip().equalsIgnoreCase(actual)) {
            throw DeskException.invalid("sha256", "T2",
                    "The content's SHA-256 is " + actual + ", not " + expected.strip() + ": the upload was damaged.");
        }
    }
}
