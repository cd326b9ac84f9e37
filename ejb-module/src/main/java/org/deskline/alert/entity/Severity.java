package org.deskline.alert.entity;

public enum Severity {
    INFO, WARNING, CRITICAL
}
