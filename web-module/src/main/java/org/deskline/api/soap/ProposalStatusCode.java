package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of a proposal's status (T1). Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "ProposalStatus")
@XmlEnum
public enum ProposalStatusCode {
    OFFERED, ACCEPTED, DECLINED, EXPIRED, SUPERSEDED
}
