package org.deskline.ticket.control;

import java.util.function.Supplier;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/**
 * T2 and issue 16 (finding 3): how many bytes one more upload may bring. A file is at most the size limit, a ticket
 * holds at most its quota and an organization at most its quota (counted per attachment, as the customer sees
 * them, even when two attachments share stored bytes). A full quota refuses before a byte is read; an upload that
 * would pass it is stopped as soon as it does, with LIMIT_EXCEEDED; a file over the size limit with VALIDATION.
 */
public record AttachmentQuota(long fileMaxBytes, long ticketQuotaBytes, long organizationQuotaBytes) {

    private static final long MB = 1024 * 1024;

    /** The budget of the next upload, or LIMIT_EXCEEDED at once when a quota is already used up. */
    public Budget next(long ticketUsedBytes, long organizationUsedBytes) {
        long ticketLeft = ticketQuotaBytes - ticketUsedBytes;
        long organizationLeft = organizationQuotaBytes - organizationUsedBytes;
        if (ticketLeft <= 0) {
            throw full("ticket", ticketQuotaBytes);
        }
        if (organizationLeft <= 0) {
            throw full("organization", organizationQuotaBytes);
        }
        if (fileMaxBytes <= Math.min(ticketLeft, organizationLeft)) {
            return new Budget(fileMaxBytes, () -> DeskException.invalid("content", "T2",
                    "An attachment is at most " + fileMaxBytes / MB + " MB."));
        }
        boolean ticketFirst = ticketLeft <= organizationLeft;
        long left = Math.min(ticketLeft, organizationLeft);
        return new Budget(left, () -> new DeskException(ErrorCode.LIMIT_EXCEEDED, "content", "T2",
                "The " + (ticketFirst ? "ticket" : "organization") + " has " + size(left) + " of its "
                        + size(ticketFirst ? ticketQuotaBytes : organizationQuotaBytes)
                        + " attachment quota left; this file is larger."));
    }

    private static DeskException full(String what, long quota) {
        return new DeskException(ErrorCode.LIMIT_EXCEEDED, "content", "T2", "The " + what + "'s attachment quota of "
                + size(quota) + " is used up; ask your support company to raise it.");
    }

    /** "3 MB", "2.5 MB", "435 KB". */
    static String size(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB",
                    bytes / (double) MB);
        }
        return bytes / 1024 + " KB";
    }

    /** At most {@code bytes} more, and the error to give beyond them. */
    public record Budget(long bytes, Supplier<DeskException> overBudget) {
    }
}
