package org.deskline.api.soap;

import jakarta.activation.DataHandler;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * addAttachment input (T2). Send content as an MTOM attachment; the server streams it to disk. Give sha256 (hex)
 * to have the upload verified.
 */
@XmlType(name = "AttachmentUpload", propOrder = {"fileName", "contentType", "sha256", "content"})
public class AttachmentUpload {

    @XmlElement(required = true)
    public String fileName;
    @XmlElement(required = true)
    public String contentType;
    public String sha256;
    @XmlElement(required = true)
    public DataHandler content;
}
