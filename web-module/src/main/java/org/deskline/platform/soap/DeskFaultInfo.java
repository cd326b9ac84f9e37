package org.deskline.platform.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The typed detail of every SOAP fault: a stable machine code (VALIDATION, NOT_FOUND, FORBIDDEN, INTERNAL),
 * the request field at fault, the product rule broken (e.g. T2) and a human-readable message.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeskFaultInfo", namespace = Namespaces.COMMON, propOrder = {"code", "field", "rule", "message"})
public class DeskFaultInfo {

    @XmlElement(required = true, namespace = Namespaces.COMMON)
    private String code;
    @XmlElement(namespace = Namespaces.COMMON)
    private String field;
    @XmlElement(namespace = Namespaces.COMMON)
    private String rule;
    @XmlElement(required = true, namespace = Namespaces.COMMON)
    private String message;

    public DeskFaultInfo() {
    }

    public DeskFaultInfo(String code, String field, String rule, String message) {
        this.code = code;
        this.field = field;
        this.rule = rule;
        this.message = message;
    }

    public String getCode() {
        return code;
    }

    public String getField() {
        return field;
    }

    public String getRule() {
        return rule;
    }

    public String getMessage() {
        return message;
    }
}
