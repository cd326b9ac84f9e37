package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of B2, whether a ticket is a bug in the product. Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "WorkClass")
@XmlEnum
public enum WorkClassCode {
    BUG, NOT_A_BUG
}
