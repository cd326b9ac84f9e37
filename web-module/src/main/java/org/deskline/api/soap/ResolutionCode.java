package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of why a ticket closed (T5-T7). Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "Resolution")
@XmlEnum
public enum ResolutionCode {
    RESOLVED, WITHDRAWN, AUTO_CLOSED, REJECTED
}
