package org.deskline.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The conventions {@link MappingConventions} applies when the persistence unit starts, and the proof that they meet
 * the schema the migrations write: every persistent field of every entity has its column, and every
 * {@link SequencedEntity} its sequence, in a database migrated by the product's own Flyway scripts. A field added
 * without its migration, or a column named against the convention without {@code @Column(name = …)}, fails here in
 * milliseconds instead of in the first query that touches it.
 */
class MappingConventionsTest {

    @Test
    void a_field_is_stored_in_the_column_of_its_name_in_snake_case() {
        assertThat(MappingConventions.columnOf("chargedMinutes")).isEqualTo("charged_minutes");
        assertThat(MappingConventions.columnOf("onProduction")).isEqualTo("on_production");
        assertThat(MappingConventions.columnOf("id")).isEqualTo("id");
        assertThat(MappingConventions.columnOf("sha256")).isEqualTo("sha256");
    }

    @Test
    void a_table_is_numbered_by_the_sequence_named_after_it() {
        assertThat(MappingConventions.sequenceOf("time_entry")).isEqualTo("time_entry_seq");
        assertThat(MappingConventions.sequenceOf("TICKET")).isEqualTo("ticket_seq");
    }

    @Test
    void every_entity_field_has_its_column_and_every_numbered_entity_its_sequence_in_the_migrated_schema()
            throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:conventions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        List<Class<?>> entities = entities();
        List<String> missing = new ArrayList<>();
        int columns = 0;
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (Class<?> entity : entities) {
                String table = tableOf(entity);
                for (Column column : columnsOf(entity, table)) {
                    columns++;
                    if (!exists(meta, column.table(), column.name())) {
                        missing.add(entity.getSimpleName() + "." + column.field() + " -> " + column.table() + "."
                                + column.name());
                    }
                }
                if (SequencedEntity.class.isAssignableFrom(entity) && !sequenceExists(c,
                        MappingConventions.sequenceOf(table))) {
                    missing.add(entity.getSimpleName() + " -> sequence " + MappingConventions.sequenceOf(table));
                }
            }
        }
        assertThat(entities).as("entities found under target/classes").hasSizeGreaterThan(40);
        assertThat(columns).as("columns checked").isGreaterThan(300);
        assertThat(missing).as("fields and sequences the migrated schema lacks").isEmpty();
    }

    @Test
    void entities_name_a_column_only_where_it_differs_from_the_convention_and_restate_nothing_of_the_schema()
            throws Exception {
        List<String> restated = new ArrayList<>();
        for (Class<?> entity : entities()) {
            for (Class<?> type : typesOf(entity)) {
                for (Field f : type.getDeclaredFields()) {
                    jakarta.persistence.Column c = f.getAnnotation(jakarta.persistence.Column.class);
                    if (c == null) {
                        continue;
                    }
                    String where = type.getSimpleName() + "." + f.getName();
                    if (c.name().equals(MappingConventions.columnOf(f.getName()))) {
                        restated.add(where + ": name = \"" + c.name() + "\" is the convention");
                    }
                    if (!c.nullable() || c.length() != 255 || c.precision() != 0 || c.scale() != 0 || c.unique()) {
                        restated.add(where + ": nullable, length, precision, scale or unique belong to the migrations");
                    }
                }
            }
        }
        assertThat(restated).as("@Column attributes that restate the convention or the schema").isEmpty();
    }

    @Test
    void the_check_sees_a_field_whose_column_the_schema_lacks() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:conventions-bad-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("create table probe (id bigint, worked_minutes bigint)");
            DatabaseMetaData meta = c.getMetaData();
            assertThat(columnsOf(Probe.class, "probe")).extracting(Column::name)
                    .containsExactly("worked_minutes", "billed_minutes");
            assertThat(exists(meta, "probe", "worked_minutes")).isTrue();
            assertThat(exists(meta, "probe", "billed_minutes")).isFalse();
        }
    }

    /** What the check reads of one field. */
    record Column(String field, String table, String name) {
    }

    @SuppressWarnings("unused")
    static class Probe {
        private static final int IGNORED = 1;
        private long workedMinutes;
        private long billedMinutes;
        @Transient
        private String notStored;
    }

    private static List<Column> columnsOf(Class<?> type, String table) {
        List<Column> columns = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(Transient.class) || f.isAnnotationPresent(OneToMany.class)
                        || f.isAnnotationPresent(ManyToMany.class) || f.isSynthetic()) {
                    continue;
                }
                if (f.isAnnotationPresent(Embedded.class)) {
                    columns.addAll(columnsOf(f.getType(), table));
                } else if (f.isAnnotationPresent(ElementCollection.class)) {
                    CollectionTable ct = f.getAnnotation(CollectionTable.class);
                    Class<?> element = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
                    if (element.isAnnotationPresent(Embeddable.class)) {
                        columns.addAll(columnsOf(element, ct.name()));
                    } else {
                        columns.add(new Column(f.getName(), ct.name(), nameOf(f)));
                    }
                } else if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
                    JoinColumn join = f.getAnnotation(JoinColumn.class);
                    columns.add(new Column(f.getName(), table,
                            join != null && !join.name().isEmpty() ? join.name() : nameOf(f) + "_id"));
                } else {
                    columns.add(new Column(f.getName(), table, nameOf(f)));
                }
            }
        }
        return columns;
    }

    /** An entity, its mapped superclasses, and the embeddable types its fields hold. */
    private static List<Class<?>> typesOf(Class<?> entity) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            types.add(c);
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Embedded.class)) {
                    types.add(f.getType());
                } else if (f.isAnnotationPresent(ElementCollection.class)) {
                    Class<?> element = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
                    if (element.isAnnotationPresent(Embeddable.class)) {
                        types.add(element);
                    }
                }
            }
        }
        return types;
    }

    private static String nameOf(Field f) {
        jakarta.persistence.Column column = f.getAnnotation(jakarta.persistence.Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : MappingConventions.columnOf(f.getName());
    }

    private static String tableOf(Class<?> entity) {
        Table t = entity.getAnnotation(Table.class);
        return t != null && !t.name().isEmpty() ? t.name() : entity.getSimpleName();
    }

    private static boolean exists(DatabaseMetaData meta, String table, String column) throws SQLException {
        try (ResultSet rs = meta.getColumns(null, null, table.toUpperCase(Locale.ROOT),
                column.toUpperCase(Locale.ROOT))) {
            return rs.next();
        }
    }

    private static boolean sequenceExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from information_schema.sequences where sequence_name = ?")) {
            ps.setString(1, name.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    /** The @Entity classes the build compiled, found in every feature's entity package. */
    private static List<Class<?>> entities() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/deskline"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")
                    && p.getParent().getFileName().toString().equals("entity")).sorted().toList()) {
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Entity.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
