/**
 * The KnowledgeService SOAP contract for customer systems (document/literal wrapped, namespace
 * https://deskline.org/ns/knowledge/v1): K1 articles to read before opening a ticket.
 */
@XmlSchema(namespace = Namespaces.KNOWLEDGE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.deskline.knowledge.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.deskline.platform.soap.Namespaces;
