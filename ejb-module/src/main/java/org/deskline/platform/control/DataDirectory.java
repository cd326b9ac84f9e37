package org.deskline.platform.control;

/**
 * Where the embedded defaults keep their files (H2 database, broker journal, attachments): DESK_DATA_DIR,
 * ./data when unset. One name and one default, so the three never drift apart.
 */
public final class DataDirectory {

    public static final String PROPERTY = "desk.data.dir";
    public static final String DEFAULT = "./data";

    private DataDirectory() {
    }
}
