package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Wire form of the T14 channels. Mirrors the domain enum name for name (checked by a test). */
@XmlType(name = "Channel")
@XmlEnum
public enum ChannelCode {
    SOAP, CONSOLE, PHONE, CHAT, EMAIL, SYSTEM
}
