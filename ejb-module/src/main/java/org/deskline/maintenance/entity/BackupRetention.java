package org.deskline.maintenance.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * M1 in plain Java: what a project's backups owe to their policy at a moment. A backup system reports each copy
 * (tier, when taken, where); copies of one tier taken at the same moment are one backup. Per tier, the newest backup
 * must be fresh and in every required location (and at least 3 distinct ones); only the newest {@code keep} backups
 * of a tier are kept, older ones are listed for pruning. Once the project is completed no fresh backups are
 * expected; 3 months after completion everything is pruned.
 */
public final class BackupRetention {

    /** M1, seed 001: every backup is kept in 3 different geographic places; a project's policy may ask more. */
    public static final int MIN_DISTINCT_LOCATIONS = 3;
    /** The most locations one policy names. */
    public static final int MAX_POLICY_LOCATIONS = 10;
    /** Characters in a backup system's own reference for a report. */
    public static final int CLIENT_REF_LENGTH = 100;

    /** M1 tiers, with their default freshness and how many backups are kept. */
    public enum Tier {
        DAILY(Duration.ofHours(26), 7),
        WEEKLY(Duration.ofDays(8), 4),
        MONTHLY(Duration.ofDays(32), 12),
        FOUR_MONTHLY(Duration.ofDays(124), 3);

        private final Duration freshness;
        private final int keep;

        Tier(Duration freshness, int keep) {
            this.freshness = freshness;
            this.keep = keep;
        }

        public Duration defaultFreshness() {
            return freshness;
        }

        public int defaultKeep() {
            return keep;
        }
    }

    /** One reported copy of a backup. */
    public record Copy(long id, Tier tier, Instant takenAt, String location) {
    }

    /** Per tier: how fresh the newest backup must be and how many backups are kept. */
    public record TierPolicy(Duration freshness, int keep) {
    }

    /**
     * A project's policy: per tier, the locations every backup must reach (at least {@code minLocations} distinct),
     * and the project's completion (null while it runs); backups are kept {@code afterCompletion} after it.
     */
    public record Policy(Map<Tier, TierPolicy> tiers, Set<String> locations, int minLocations, Instant completedAt,
                         Duration afterCompletion) {

        /** The defaults of M1: the tiers' defaults, 3 distinct locations, 3 months (92 days) after completion. */
        public static Policy defaults(Set<String> locations, Instant completedAt) {
            Map<Tier, TierPolicy> tiers = new EnumMap<>(Tier.class);
            for (Tier t : Tier.values()) {
                tiers.put(t, new TierPolicy(t.defaultFreshness(), t.defaultKeep()));
            }
            return new Policy(tiers, Set.copyOf(locations), MIN_DISTINCT_LOCATIONS, completedAt, Duration.ofDays(92));
        }
    }

    /** What is wrong; {@code key} names it stably, so an alert is raised once per violation and cleared once. */
    public record Violation(Kind kind, Tier tier, String location, String detail) {
        public String key() {
            return kind + "/" + tier + (location == null ? "" : "/" + location);
        }
    }

    /** The kinds of violation. */
    public enum Kind {
        /** The tier has no backup at all. */
        MISSING,
        /** The tier's newest backup is older than its freshness. */
        STALE,
        /** The tier's newest backup has no copy in a required location. */
        MISSING_COPY,
        /** The tier's newest backup is in fewer distinct locations than required. */
        FEW_LOCATIONS
    }

    /** The verdict: violations, and the copies kept past retention (to prune), oldest first. */
    public record Verdict(List<Violation> violations, List<Copy> prune) {
    }

    private BackupRetention() {
    }

    public static Verdict check(Policy policy, List<Copy> copies, Instant now) {
        List<Violation> violations = new ArrayList<>();
        List<Copy> prune = new ArrayList<>();
        boolean completed = policy.completedAt() != null && !now.isBefore(policy.completedAt());
        boolean retentionOver = completed && !now.isBefore(policy.completedAt().plus(policy.afterCompletion()));
        for (Tier tier : Tier.values()) {
            TierPolicy tp = policy.tiers().get(tier);
            if (tp == null) {
                continue;
            }
            // the backups of the tier, newest first: taken at -> its copies
            TreeMap<Instant, List<Copy>> backups = copies.stream().filter(c -> c.tier() == tier)
                    .collect(Collectors.groupingBy(Copy::takenAt, () -> new TreeMap<>(Comparator.reverseOrder()),
                            Collectors.toList()));
            if (retentionOver) {
                backups.values().forEach(prune::addAll);
                continue;
            }
            if (!completed) {
                if (backups.isEmpty()) {
                    violations.add(new Violation(Kind.MISSING, tier, null, "no " + tier + " backup reported"));
                    continue;
                }
                Map.Entry<Instant, List<Copy>> newest = backups.firstEntry();
                Duration age = Duration.between(newest.getKey(), now);
                if (age.compareTo(tp.freshness()) > 0) {
                    violations.add(new Violation(Kind.STALE, tier, null, "the newest " + tier + " backup is "
                            + age.toHours() + " h old (at most " + tp.freshness().toHours() + " h)"));
                }
                Set<String> where = newest.getValue().stream().map(Copy::location)
                        .collect(Collectors.toCollection(TreeSet::new));
                for (String required : new TreeSet<>(policy.locations())) {
                    if (!where.contains(required)) {
                        violations.add(new Violation(Kind.MISSING_COPY, tier, required, "the newest " + tier
                                + " backup (" + newest.getKey() + ") has no copy in " + required));
                    }
                }
                if (where.size() < policy.minLocations()) {
                    violations.add(new Violation(Kind.FEW_LOCATIONS, tier, null, "the newest " + tier + " backup is in "
                            + where.size() + " distinct locations " + where + " (at least " + policy.minLocations()
                            + ")"));
                }
            }
            // retention: the newest `keep` backups stay (after completion: all of them, until retention ends)
            if (!completed) {
                int i = 0;
                for (List<Copy> backup : backups.values()) {
                    if (i++ >= tp.keep()) {
                        prune.addAll(backup);
                    }
                }
            }
        }
        prune.sort(Comparator.comparing(Copy::takenAt).thenComparing(Copy::id));
        return new Verdict(List.copyOf(violations), List.copyOf(prune));
    }
}
