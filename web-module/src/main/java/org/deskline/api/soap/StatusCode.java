package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of the T5 ticket statuses. Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "Status")
@XmlEnum
public enum StatusCode {
    WAITING_FOR_REPLY, IN_PROGRESS, WAITING_FOR_CUSTOMER, DEFERRED, CLOSED
}
