package org.deskline.security.entity;

import java.util.Optional;

/**
 * S5: who works a ticket, in escalation order: consultant (payments, documents, meetings, basic functionality),
 * project manager (technical and product consultation), engineer/developer (administration and development,
 * what L2 could not solve), then quality control.
 */
public enum Tier {
    L1, L2, L3, QUALITY_CONTROL;

    /** The tier an escalation goes to, if any is left. */
    public Optional<Tier> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean above(Tier other) {
        return ordinal() > other.ordinal();
    }
}
