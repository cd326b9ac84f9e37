package org.deskline.sla.boundary.console;

import java.io.Serializable;

/**
 * One row of an editor's table where a fixed key (a weekday, a tier) gets a typed text (its openings, its reaction
 * target), read back on save.
 *
 * @param <K> the key
 */
public class TextRow<K> implements Serializable {

    private final K key;
    private String text;

    TextRow(K key, String text) {
        this.key = key;
        this.text = text;
    }

    public K getKey() {
        return key;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
