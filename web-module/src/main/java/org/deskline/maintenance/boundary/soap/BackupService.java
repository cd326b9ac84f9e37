package org.deskline.maintenance.boundary.soap;

import org.deskline.platform.soap.XmlTimes;
import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;
import org.deskline.maintenance.boundary.BackupReports;
import org.deskline.maintenance.boundary.soap.BackupRecords.BackupRecord;
import org.deskline.maintenance.boundary.soap.BackupRecords.ReportRecord;
import org.deskline.maintenance.boundary.soap.BackupRecords.TierCode;
import org.deskline.maintenance.boundary.soap.BackupRecords.ViolationRecord;
import org.deskline.maintenance.entity.BackupRetention;
import org.deskline.maintenance.entity.BackupCopy;
import org.deskline.platform.soap.CdiEndpoint;
import org.deskline.platform.soap.DeskFault;
import org.deskline.platform.soap.Namespaces;
import org.deskline.platform.soap.SchemaErrorRecorder;
import org.deskline.platform.soap.SoapBoundary;
import org.deskline.platform.soap.WsdlDoc;

/**
 * M1 for backup systems: HTTP Basic as an API client of purpose BACKUP; every operation sees its organization only.
 */
@WebService(serviceName = "BackupService", portName = "BackupPort", name = "BackupPortType",
        targetNamespace = Namespaces.MAINTENANCE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
@SchemaValidation(handler = SchemaErrorRecorder.class, outbound = false)
@CdiEndpoint
@ApplicationScoped
@WsdlDoc("Backup systems report each completed backup copy (M1); Deskline checks every project's backups against its "
        + "retention policy (fresh per tier, every required location and at least 3 distinct ones, how many are "
        + "kept) and alerts violations and their recovery on the broker. HTTP Basic as an API client of purpose "
        + "BACKUP. Faults: deskFault VALIDATION (field and rule named), NOT_FOUND (also for another organization's "
        + "projects and backups), FORBIDDEN, INTERNAL. See docs/soap.md.")
public class BackupService {


    @Inject
    SoapBoundary boundary;

    @Inject
    BackupReports reports;

    @WsdlDoc("Reports one completed backup copy (one location). Idempotent by clientRef: a retry returns the first.")
    @WebMethod
    @WebResult(name = "backup", targetNamespace = Namespaces.MAINTENANCE)
    public BackupRecord reportBackup(
            @WebParam(name = "report", targetNamespace = Namespaces.MAINTENANCE) @XmlElement(required = true)
            ReportRecord report) throws DeskFault {
        return boundary.call(caller -> {
            BackupCopy copy = reports.report(caller, new BackupReports.Report(report.projectCode,
                    report.tier == null ? null : BackupRetention.Tier.valueOf(report.tier.name()),
                    XmlTimes.instant(report.takenAt, "takenAt", "M1"), report.location,
                    report.sizeBytes, report.checksum, report.clientRef));
            return record(copy, report.projectCode);
        });
    }

    @WsdlDoc("The project's copies kept past retention (oldest first): delete them, then call confirmPruned.")
    @WebMethod
    @WebResult(name = "backup", targetNamespace = Namespaces.MAINTENANCE)
    public List<BackupRecord> getPruningList(
            @WebParam(name = "projectCode", targetNamespace = Namespaces.MAINTENANCE) @XmlElement(required = true)
            String projectCode) throws DeskFault {
        return boundary.call(caller -> reports.pruningList(caller, projectCode).stream()
                .map(c -> record(c, projectCode)).toList());
    }

    @WsdlDoc("Confirms copies from the pruning list were deleted; answers how many. A copy still within retention: "
            + "VALIDATION.")
    @WebMethod
    @WebResult(name = "pruned", targetNamespace = Namespaces.MAINTENANCE)
    public int confirmPruned(
            @WebParam(name = "backupId", targetNamespace = Namespaces.MAINTENANCE) List<Long> backupIds)
            throws DeskFault {
        return boundary.call(caller -> reports.confirmPruned(caller, backupIds == null ? List.of() : backupIds));
    }

    @WsdlDoc("The project's open violations of its backup policy, oldest first.")
    @WebMethod
    @WebResult(name = "violation", targetNamespace = Namespaces.MAINTENANCE)
    public List<ViolationRecord> getBackupViolations(
            @WebParam(name = "projectCode", targetNamespace = Namespaces.MAINTENANCE) @XmlElement(required = true)
            String projectCode) throws DeskFault {
        return boundary.call(caller -> reports.violations(caller, projectCode).stream().map(v -> {
            ViolationRecord r = new ViolationRecord();
            r.violation = v.getViolation();
            r.detail = v.getDetail();
            r.openedAt = XmlTimes.of(v.getOpenedAt());
            return r;
        }).toList());
    }

    private static BackupRecord record(BackupCopy c, String projectCode) {
        BackupRecord r = new BackupRecord();
        r.id = c.getId();
        r.projectCode = projectCode;
        r.tier = TierCode.valueOf(c.getTier().name());
        r.takenAt = XmlTimes.of(c.getTakenAt());
        r.location = c.getLocation();
        r.sizeBytes = c.getSizeBytes();
        r.checksum = c.getChecksum();
        r.clientRef = c.getClientRef();
        r.pruneDue = c.isPruneDue();
        return r;
    }
}
