package org.deskline.maintenance.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.deskline.maintenance.entity.BackupRetention.Copy;
import org.deskline.maintenance.entity.BackupRetention.Policy;
import org.deskline.maintenance.entity.BackupRetention.Tier;
import org.deskline.maintenance.entity.BackupRetention.TierPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** M1: the retention rules against a table of cases worked out by hand (maintenance/backup-retention-cases.csv). */
class BackupRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Set<String> LOCATIONS = Set.of("eu", "me", "us");

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(BackupRetentionTest.class
                .getResourceAsStream("/maintenance/backup-retention-cases.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("case;")) {
                    continue;
                }
                rows.add(Arguments.of((Object[]) line.split(";", -1)));
            }
        }
        assertThat(rows).as("at least 30 cases").hasSizeGreaterThanOrEqualTo(30);
        return rows.stream();
    }

    @ParameterizedTest(name = "M1 {0}")
    @MethodSource("cases")
    void m1_golden_case(String name, String tiers, String completed, String copies, String violations,
                        String prune) {
        Map<Tier, TierPolicy> chosen = new EnumMap<>(Tier.class);
        for (String t : tiers.split(" ")) {
            Tier tier = tier(t);
            chosen.put(tier, new TierPolicy(tier.defaultFreshness(), tier.defaultKeep()));
        }
        Policy defaults = Policy.defaults(LOCATIONS, "-".equals(completed) ? null : Instant.parse(completed));
        Policy policy = new Policy(chosen, defaults.locations(), defaults.minLocations(), defaults.completedAt(),
                defaults.afterCompletion());

        BackupRetention.Verdict verdict = BackupRetention.check(policy, copies(copies), NOW);

        assertThat(verdict.violations().stream().map(BackupRetention.Violation::key).sorted()
                .collect(Collectors.joining(" "))).as("violations").isEqualTo("-".equals(violations) ? "" : violations);
        assertThat(verdict.prune().stream().map(Copy::id).sorted().map(String::valueOf)
                .collect(Collectors.joining(" "))).as("prune").isEqualTo("-".equals(prune) ? "" : prune);
        verdict.violations().forEach(v -> assertThat(v.detail()).as("explained").isNotBlank());
    }

    /** "D-2h@eu,me" -> two DAILY copies taken 2 h before NOW, in eu and me; ids in the order written. */
    private static List<Copy> copies(String spec) {
        List<Copy> result = new ArrayList<>();
        if ("-".equals(spec)) {
            return result;
        }
        for (String token : spec.split(" ")) {
            String[] at = token.split("@");
            Tier tier = tier(at[0].substring(0, 1));
            char sign = at[0].charAt(1);
            Duration age = duration(at[0].substring(2));
            Instant takenAt = sign == '+' ? NOW.plus(age) : NOW.minus(age);
            for (String location : at[1].split(",")) {
                result.add(new Copy(result.size() + 1, tier, takenAt, location));
            }
        }
        return result;
    }

    private static Duration duration(String s) {
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        return switch (s.charAt(s.length() - 1)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static Tier tier(String letter) {
        return Arrays.stream(Tier.values()).filter(t -> switch (letter) {
            case "D" -> t == Tier.DAILY;
            case "W" -> t == Tier.WEEKLY;
            case "M" -> t == Tier.MONTHLY;
            case "F" -> t == Tier.FOUR_MONTHLY;
            default -> false;
        }).findFirst().orElseThrow();
    }
}
