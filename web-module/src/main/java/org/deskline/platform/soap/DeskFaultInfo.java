package org.deskline.platform.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed detail of every SOAP fault: a stable machine code (see ErrorCode),
 * the request field at fault, the product rule broken (e.g. T2), a human-readable message and related ids.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeskFaultInfo", namespace = Namespaces.COMMON, propOrder = {"code", "field", "rule", "message", "related"})
public class DeskFaultInfo {

    @XmlElement(required = true, namespace = Namespaces.COMMON)
    private String code;
    @XmlElement(namespace = Namespaces.COMMON)
    private String field;
    @XmlElement(namespace = Namespaces.COMMON)
    private String rule;
    @XmlElement(required = true, namespace = Namespaces.COMMON)
    private String message;
    /** Ids the error is about: the active tickets for LIMIT_EXCEEDED, the original for DUPLICATE. */
    @XmlElement(namespace = Namespaces.COMMON)
    private List<Long> related = new ArrayList<>();

    public DeskFaultInfo() {
    }

    public DeskFaultInfo(String code, String field, String rule, String message, List<Long> related) {
        this.code = code;
        this.field = field;
        this.rule = rule;
        this.message = message;
        this.related = new ArrayList<>(related);
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

    public List<Long> getRelated() {
        return related;
    }
}
