/**
 * Maintenance (M1-M4): backups reported by backup systems and checked against each project's retention policy
 * (BackupRetention, BackupCheck, BackupWatch), six-monthly checkups and scheduled updates opened as tickets
 * (MaintenanceCalendar, MaintenanceRun, MaintenanceWatch), and the site transfer of a project entering support with
 * its 7-working-day deadline (SiteTransfers). Every timer is driven by database columns and catches up at start-up.
 */
package org.deskline.maintenance;
