package org.deskline.sla.control;

import java.time.Instant;

/** A clock now owes an alert at {@code at}; observed after commit by the scheduler, which re-arms if nearer. */
public record SlaArmed(Instant at) {
}
