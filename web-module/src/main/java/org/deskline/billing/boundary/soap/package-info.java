/**
 * The SubscriptionService SOAP contract for customer systems (document/literal wrapped, namespace
 * https://deskline.org/ns/billing/v1): subscriptions, plans, hours, time entries, disputes, statements. Transfer
 * types of their own; entities never go on the wire. Amounts are decimal strings at the currency's minor unit.
 */
@XmlSchema(namespace = Namespaces.BILLING, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.deskline.billing.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.deskline.platform.soap.Namespaces;
