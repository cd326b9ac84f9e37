package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Wire form of S3's emergency reasons (seeds 000, 003): site down, no admin access, hacked site. Mirrors the domain
 * enum name for name (checked by a test).
 */
@XmlType(name = "EmergencyReason")
@XmlEnum
public enum EmergencyReasonCode {
    SITE_DOWN, NO_ADMIN_ACCESS, HACKED
}
