package org.deskline.ticket.entity;

/** T14: how a ticket reached us. */
public enum Channel {
    SOAP, CONSOLE, PHONE, CHAT, EMAIL, SYSTEM
}
