/**
 * The BackupService SOAP contract for backup systems (document/literal wrapped, namespace
 * https://deskline.org/ns/maintenance/v1): M1 backup reports, violations and the pruning list.
 */
@XmlSchema(namespace = Namespaces.MAINTENANCE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.deskline.maintenance.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.deskline.platform.soap.Namespaces;
