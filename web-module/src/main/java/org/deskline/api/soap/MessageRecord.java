package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** One public message of a ticket's conversation (internal notes are never sent to customer systems). */
@XmlType(name = "Message", propOrder = {"messageId", "at", "authorKind", "author", "body"})
public class MessageRecord {

    public long messageId;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar at;
    @XmlElement(required = true)
    public String authorKind;
    @XmlElement(required = true)
    public String author;
    @XmlElement(required = true)
    public String body;
}
