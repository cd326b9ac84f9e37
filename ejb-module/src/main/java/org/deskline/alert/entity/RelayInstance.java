package org.deskline.alert.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Issue 22: one running server's alert relay and its last heartbeat. A claim on an alert holds while the relay that
 * made it beats; see {@code RelayHeartbeat}.
 */
@Entity
@Table(name = "relay_instance")
public class RelayInstance {

    @Id
    private String id;

    private String host;

    private Instant startedAt;

    private Instant beatAt;

    protected RelayInstance() {
    }

    public RelayInstance(String id, String host, Instant startedAt) {
        this.id = id;
        this.host = host;
        this.startedAt = startedAt;
        this.beatAt = startedAt;
    }

    public void beat(Instant at) {
        beatAt = at;
    }

    public String getId() {
        return id;
    }

    public String getHost() {
        return host;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getBeatAt() {
        return beatAt;
    }
}
