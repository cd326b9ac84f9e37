package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of the T1 ticket kinds; customers open SUPPORT and DEVELOPMENT_REQUEST. Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "TicketKind")
@XmlEnum
public enum TicketKindCode {
    SUPPORT, DEVELOPMENT_REQUEST, SITE_TRANSFER, CHECKUP, MAINTENANCE
}
