package org.deskline.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, rolling upgrades: while instances are replaced one by one, the previous release runs on the schema the new
 * one migrated to (Flyway ignores migrations newer than it knows). So from V47 on a migration only expands the schema:
 * it adds tables, columns that may be null or have a default, and indexes; it drops, renames or narrows nothing and
 * makes no existing column mandatory. What an old release still reads or writes is removed one release later, once
 * no instance of the old one runs (docs/operations.md, "Rolling upgrade"). Checked here on the SQL text;
 * config/cluster/rolling-upgrade.sh runs the previous WAR against the new schema for real.
 */
class MigrationCompatibilityTest {

    /** The newest migration written before the rule; older ones are history and stay as they ran. */
    static final int LAST_BEFORE_RULE = 46;

    private static final Path[] LOCATIONS = {
        Path.of("src/main/resources/db/migration"), Path.of("src/main/resources/db/vendor/postgresql")};
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");

    /** What an instance of the previous release cannot live with, each with the reason an operator reads. */
    private static final List<Rule> RULES = List.of(
            new Rule("drop table", "\\bdrop\\s+table\\b"),
            new Rule("drop column", "\\bdrop\\s+column\\b|\\balter\\s+table\\s+\\S+\\s+drop\\s+(?!constraint|index)\\w+"),
            new Rule("rename", "\\brename\\b"),
            new Rule("change a column's type", "\\balter\\s+column\\s+\\S+\\s+(set\\s+data\\s+)?type\\b"),
            new Rule("make a column mandatory", "\\bset\\s+not\\s+null\\b"),
            new Rule("add a mandatory column without a default",
                    "\\badd\\s+(column\\s+)?(?!constraint\\b)(?![^,;]*\\bdefault\\b)\\S+\\s+[^,;]*\\bnot\\s+null\\b"));

    record Rule(String name, Pattern pattern) {
        Rule(String name, String regex) {
            this(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }

    @Test
    void migrations_after_v46_only_expand_the_schema_so_the_previous_release_runs_on_it() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path location : LOCATIONS) {
            try (Stream<Path> files = Files.list(location)) {
                for (Path file : files.sorted().toList()) {
                    Matcher v = VERSION.matcher(file.getFileName().toString());
                    if (v.matches() && Integer.parseInt(v.group(1)) > LAST_BEFORE_RULE) {
                        checked++;
                        for (String found : violations(Files.readString(file, StandardCharsets.UTF_8))) {
                            broken.add(file.getFileName() + ": " + found);
                        }
                    }
                }
            }
        }
        assertThat(broken).as("migrations after V%d that an old instance cannot run on (%d checked)",
                LAST_BEFORE_RULE, checked).isEmpty();
    }

    @Test
    void the_check_finds_each_kind_of_breaking_change_and_lets_expansions_pass() {
        assertThat(violations("drop table sla_holiday;")).containsExactly("drop table: drop table sla_holiday");
        assertThat(violations("alter table ticket drop column work_class;")).extracting(s -> s.split(":")[0])
                .containsExactly("drop column");
        assertThat(violations("alter table ticket drop work_class;")).extracting(s -> s.split(":")[0])
                .containsExactly("drop column");
        assertThat(violations("alter table ticket rename column title to subject;")).extracting(s -> s.split(":")[0])
                .containsExactly("rename");
        assertThat(violations("alter table sla_metric alter column calendar set data type varchar(40);"))
                .extracting(s -> s.split(":")[0]).containsExactly("change a column's type");
        assertThat(violations("alter table t alter column c type bigint;")).extracting(s -> s.split(":")[0])
                .containsExactly("change a column's type");
        assertThat(violations("alter table ticket alter column title set not null;"))
                .extracting(s -> s.split(":")[0]).containsExactly("make a column mandatory");
        assertThat(violations("alter table ticket add column origin varchar(20) not null;"))
                .extracting(s -> s.split(":")[0]).containsExactly("add a mandatory column without a default");
        assertThat(violations("alter table ticket add origin varchar(20) not null;"))
                .extracting(s -> s.split(":")[0]).containsExactly("add a mandatory column without a default");

        // expansions, and words in comments, are fine
        assertThat(violations("""
                -- we no longer drop table x or rename anything here
                create table attachment_chunk (sha256 varchar(64) not null, seq integer not null);
                alter table ticket add column origin varchar(20) default 'SOAP' not null;
                alter table ticket add column note varchar(200);
                alter table ticket drop constraint ticket_title_check;
                alter table ticket add constraint ticket_origin_check check (origin <> '');
                create index ticket_origin_idx on ticket (origin);
                """)).isEmpty();
    }

    /** The statements of {@code sql} (comments removed) that break an old instance, as "rule: statement". */
    static List<String> violations(String sql) {
        String code = sql.replaceAll("--[^\\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
        List<String> found = new ArrayList<>();
        for (String statement : code.split(";")) {
            String s = statement.strip().replaceAll("\\s+", " ");
            if (s.isEmpty() || s.toLowerCase(Locale.ROOT).startsWith("create table")) {
                continue; // a new table's columns are nobody's yet
            }
            for (Rule rule : RULES) {
                if (rule.pattern().matcher(s).find()) {
                    found.add(rule.name() + ": " + s);
                    break;
                }
            }
        }
        return found;
    }
}
