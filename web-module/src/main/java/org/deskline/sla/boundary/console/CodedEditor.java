package org.deskline.sla.boundary.console;

import org.deskline.platform.boundary.ConsoleEditor;

/**
 * S1/S2: an editor of an item known by its code (a support plan, a calendar): the code, the name, and the version
 * the form was read at, so a save over someone else's change is refused instead of writing over it.
 *
 * @param <T> the item edited
 */
public abstract class CodedEditor<T> extends ConsoleEditor<String, T> {

    private Long readVersion;
    private String code;
    private String name;

    /** Fills the shared fields from the item read, or empties them for a new one (null code). */
    protected void showCoded(String code, String name, Long version) {
        this.code = code == null ? "" : code;
        this.name = name == null ? "" : name;
        this.readVersion = version;
    }

    /** The code as typed, without surrounding spaces (null if none was typed). */
    protected String typedCode() {
        return code == null ? null : code.strip();
    }

    /** The version the form was read at; null for a new item. */
    protected Long versionRead() {
        return isCreating() ? null : readVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
