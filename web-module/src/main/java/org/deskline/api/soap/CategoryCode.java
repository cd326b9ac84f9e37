package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of the T3 categories. Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "Category")
@XmlEnum
public enum CategoryCode {
    ACTIVATION, TECHNICAL, FINANCIAL, SALES
}
