package org.deskline.maintenance.boundary.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** The transfer types of BackupService. */
public final class BackupRecords {

    private BackupRecords() {
    }

    /** M1 tiers. */
    @XmlType(name = "BackupTier")
    @XmlEnum
    public enum TierCode {
        DAILY, WEEKLY, MONTHLY, FOUR_MONTHLY
    }

    /** One completed backup copy, as the backup system reports it. */
    @XmlType(name = "BackupReport", propOrder = {"projectCode", "tier", "takenAt", "location", "sizeBytes",
        "checksum", "clientRef"})
    public static class ReportRecord {
        @XmlElement(required = true)
        public String projectCode;
        @XmlElement(required = true)
        public TierCode tier;
        @XmlElement(required = true)
        public XMLGregorianCalendar takenAt;
        /**
         * The code of an active location from the service's managed list (e.g. eu-central; any other is a VALIDATION
         * fault naming the managed ones); a backup must be in every location of the project's policy.
         */
        @XmlElement(required = true)
        public String location;
        public long sizeBytes;
        /** SHA-256 of the backup, lower-case hex. */
        @XmlElement(required = true)
        public String checksum;
        /** Your reference of this report; a retry with the same one returns the first report. */
        @XmlElement(required = true)
        public String clientRef;
    }

    /** A backup copy as Deskline keeps it. */
    @XmlType(name = "Backup", propOrder = {"id", "projectCode", "tier", "takenAt", "location", "sizeBytes",
        "checksum", "clientRef", "pruneDue"})
    public static class BackupRecord {
        public long id;
        @XmlElement(required = true)
        public String projectCode;
        @XmlElement(required = true)
        public TierCode tier;
        @XmlElement(required = true)
        public XMLGregorianCalendar takenAt;
        @XmlElement(required = true)
        public String location;
        public long sizeBytes;
        @XmlElement(required = true)
        public String checksum;
        @XmlElement(required = true)
        public String clientRef;
        /** Kept past retention: delete it, then confirmPruned. */
        public boolean pruneDue;
    }

    /** An open violation of the project's backup policy. */
    @XmlType(name = "BackupViolation", propOrder = {"violation", "detail", "openedAt"})
    public static class ViolationRecord {
        /** KIND/TIER[/LOCATION]: MISSING, STALE, MISSING_COPY or FEW_LOCATIONS. */
        @XmlElement(required = true)
        public String violation;
        @XmlElement(required = true)
        public String detail;
        @XmlElement(required = true)
        public XMLGregorianCalendar openedAt;
    }
}
