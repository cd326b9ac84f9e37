package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of the T4 priorities; NORMAL when omitted. Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "Priority")
@XmlEnum
public enum PriorityCode {
    CRITICAL, URGENT, HIGH, NORMAL, LOW
}
