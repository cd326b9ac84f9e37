/**
 * The TicketService SOAP contract for customer systems (document/literal wrapped, namespace
 * https://deskline.org/ns/ticket/v1). Transfer types of their own; entities never go on the wire.
 *
 * <p>One endpoint serves what a customer system sees of its tickets: the tickets themselves, their SLA clocks, plan
 * and compliance, and their billing classification. It composes those features' boundaries, so it sits above them
 * in the feature graph (like the dashboard), and the ticket feature below needs no SLA or billing class (issue 17).
 */
@XmlSchema(namespace = Namespaces.TICKET, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.deskline.platform.soap.Namespaces;
