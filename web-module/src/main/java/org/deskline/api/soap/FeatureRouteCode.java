package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Wire form of B8, where a development request goes: R&D (no date promised) or paid development. Mirrors the domain
 * enum name for name (checked by a test).
 */
@XmlType(name = "FeatureRoute")
@XmlEnum
public enum FeatureRouteCode {
    RND, PAID_DEVELOPMENT
}
