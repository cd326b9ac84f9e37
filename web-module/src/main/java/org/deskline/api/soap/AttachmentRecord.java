package org.deskline.api.soap;

import jakarta.activation.DataHandler;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** An attachment's description, and its content (MTOM) when it is downloaded with getAttachment (T2). */
@XmlType(name = "Attachment", propOrder = {"attachmentId", "ticketId", "fileName", "contentType", "size", "sha256",
        "uploadedBy", "createdAt", "content"})
public class AttachmentRecord {

    public long attachmentId;
    public long ticketId;
    @XmlElement(required = true)
    public String fileName;
    @XmlElement(required = true)
    public String contentType;
    public long size;
    @XmlElement(required = true)
    public String sha256;
    @XmlElement(required = true)
    public String uploadedBy;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar createdAt;
    /** Only in getAttachment. */
    public DataHandler content;
}
