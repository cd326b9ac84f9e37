/**
 * Maintenance (M1-M4). So far: the M1 backup-retention rules in plain Java (BackupRetention: freshness per tier,
 * copies in every required location and at least 3 distinct ones, keep counts, pruning 3 months after completion).
 * Backup reporting over SOAP, the retention-check timer, checkups, updates and site transfer are still to come.
 */
package org.deskline.maintenance;
