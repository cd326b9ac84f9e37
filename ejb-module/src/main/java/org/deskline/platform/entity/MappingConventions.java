package org.deskline.platform.entity;

import java.util.Locale;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * The two conventions between the entities and the schema the migrations write, applied once when the persistence
 * unit starts (persistence.xml, {@code eclipselink.session.customizer}), so that no entity repeats them:
 * <ul>
 * <li>a field is stored in the column of its name in snake case ({@code chargedMinutes} → {@code charged_minutes});
 * an explicit {@code @Column(name = …)} that says otherwise wins;</li>
 * <li>a {@link SequencedEntity} is numbered by its table's sequence ({@code time_entry} → {@code time_entry_seq}),
 * {@link #ALLOCATION} numbers a round trip.</li>
 * </ul>
 * Types, lengths and nullability belong to the migrations alone; the entities do not restate them.
 */
public class MappingConventions implements SessionCustomizer {

    /** How many numbers one {@code nextval} hands out: the migrations' {@code increment by 50}. */
    public static final int ALLOCATION = 50;

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct) {
                    DatabaseField field = direct.getField();
                    if (field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                        field.setName(columnOf(mapping.getAttributeName()));
                    }
                }
            }
            boolean numbered = SequencedEntity.class.isAssignableFrom(descriptor.getJavaClass());
            if (numbered && descriptor.getTableName() != null) {
                String name = sequenceOf(descriptor.getTableName());
                NativeSequence sequence = new NativeSequence(name, ALLOCATION, 1, false);
                session.getLogin().addSequence(sequence);
                descriptor.setSequenceNumberName(name);
                descriptor.setSequence(sequence);
            }
        }
    }

    /** The column of a field: its name in snake case. */
    static String columnOf(String attribute) {
        StringBuilder column = new StringBuilder(attribute.length() + 8);
        for (char c : attribute.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }

    /** The sequence of a table: its name in lower case and {@code _seq}. */
    static String sequenceOf(String table) {
        return table.toLowerCase(Locale.ROOT) + "_seq";
    }
}
