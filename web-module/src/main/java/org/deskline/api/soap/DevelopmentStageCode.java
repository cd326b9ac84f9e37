package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of a development request's stage (T1). Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "DevelopmentStage")
@XmlEnum
public enum DevelopmentStageCode {
    REVIEW, PROPOSED, ACCEPTED, DECLINED, SCHEDULED, DELIVERED
}
