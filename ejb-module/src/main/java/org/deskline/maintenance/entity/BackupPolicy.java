package org.deskline.maintenance.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.maintenance.entity.BackupRetention.Tier;
import org.deskline.maintenance.entity.BackupRetention.TierPolicy;

/**
 * M1: a project's backup policy (made with the defaults when its first backup is reported): the required locations,
 * per tier how many backups are kept and how fresh the newest must be, the project's completion, and when the
 * retention check looks at the project next.
 */
@Entity
@Table(name = "backup_policy")
public class BackupPolicy {

    @Id
    private Long projectId;

    @Version
    private long version;

    private String locations;

    private int minLocations;

    private int dailyKeep;
    private int dailyFreshHours;
    private int weeklyKeep;
    private int weeklyFreshHours;
    private int monthlyKeep;
    private int monthlyFreshHours;
    private int fourMonthlyKeep;
    private int fourMonthlyFreshHours;

    private Instant completedAt;

    private int afterCompletionDays;

    private Instant checkAt;

    protected BackupPolicy() {
    }

    /** The M1 defaults for a project, with these required locations. */
    public static BackupPolicy defaults(long projectId, Set<String> locations) {
        BackupPolicy p = new BackupPolicy();
        p.projectId = projectId;
        p.locations = String.join(",", new java.util.TreeSet<>(locations));
        p.minLocations = 3;
        p.dailyKeep = Tier.DAILY.defaultKeep();
        p.dailyFreshHours = (int) Tier.DAILY.defaultFreshness().toHours();
        p.weeklyKeep = Tier.WEEKLY.defaultKeep();
        p.weeklyFreshHours = (int) Tier.WEEKLY.defaultFreshness().toHours();
        p.monthlyKeep = Tier.MONTHLY.defaultKeep();
        p.monthlyFreshHours = (int) Tier.MONTHLY.defaultFreshness().toHours();
        p.fourMonthlyKeep = Tier.FOUR_MONTHLY.defaultKeep();
        p.fourMonthlyFreshHours = (int) Tier.FOUR_MONTHLY.defaultFreshness().toHours();
        p.afterCompletionDays = 92;
        return p;
    }

    public BackupRetention.Policy rule() {
        Map<Tier, TierPolicy> tiers = new EnumMap<>(Tier.class);
        tiers.put(Tier.DAILY, new TierPolicy(Duration.ofHours(dailyFreshHours), dailyKeep));
        tiers.put(Tier.WEEKLY, new TierPolicy(Duration.ofHours(weeklyFreshHours), weeklyKeep));
        tiers.put(Tier.MONTHLY, new TierPolicy(Duration.ofHours(monthlyFreshHours), monthlyKeep));
        tiers.put(Tier.FOUR_MONTHLY, new TierPolicy(Duration.ofHours(fourMonthlyFreshHours), fourMonthlyKeep));
        return new BackupRetention.Policy(tiers, locationSet(), minLocations, completedAt,
                Duration.ofDays(afterCompletionDays));
    }

    public Set<String> locationSet() {
        return Arrays.stream(locations.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** New rules: locations, how many distinct ones, and per tier (DAILY, WEEKLY, MONTHLY, FOUR_MONTHLY) keep/fresh. */
    public void update(Set<String> newLocations, int newMinLocations, int[] keep, int[] freshHours) {
        this.locations = String.join(",", new java.util.TreeSet<>(newLocations));
        this.minLocations = newMinLocations;
        this.dailyKeep = keep[0];
        this.weeklyKeep = keep[1];
        this.monthlyKeep = keep[2];
        this.fourMonthlyKeep = keep[3];
        this.dailyFreshHours = freshHours[0];
        this.weeklyFreshHours = freshHours[1];
        this.monthlyFreshHours = freshHours[2];
        this.fourMonthlyFreshHours = freshHours[3];
    }

    public int getMinLocations() {
        return minLocations;
    }

    /** Per tier in Tier order: how many backups are kept. */
    public int[] getKeep() {
        return new int[] {dailyKeep, weeklyKeep, monthlyKeep, fourMonthlyKeep};
    }

    /** Per tier in Tier order: how old the newest may be, in hours. */
    public int[] getFreshHours() {
        return new int[] {dailyFreshHours, weeklyFreshHours, monthlyFreshHours, fourMonthlyFreshHours};
    }

    public String getLocations() {
        return locations;
    }

    public void completeOn(Instant at) {
        this.completedAt = at;
    }

    public void checkAt(Instant next) {
        this.checkAt = next;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCheckAt() {
        return checkAt;
    }
}
