/**
 * The TicketService SOAP contract for customer systems (document/literal wrapped, namespace
 * https://deskline.org/ns/ticket/v1). Transfer types of their own; entities never go on the wire.
 */
@XmlSchema(namespace = Namespaces.TICKET, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.deskline.ticket.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.deskline.platform.soap.Namespaces;
