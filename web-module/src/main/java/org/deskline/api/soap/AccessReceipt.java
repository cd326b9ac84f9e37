package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** That access details were stored sealed: for which project, under which label, when; never the value. */
@XmlType(name = "AccessReceipt", propOrder = {"projectCode", "label", "storedAt"})
public class AccessReceipt {

    @XmlElement(required = true)
    public String projectCode;
    @XmlElement(required = true)
    public String label;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar storedAt;
}
