package org.deskline.platform.boundary;

import java.io.Serializable;
import java.util.List;
import org.deskline.platform.DeskException;

/**
 * The console's list-and-form pages (plans, calendars, partners): the page opens the item its URL names
 * ({@code ?code=} / {@code ?id=}), else the first of the list, else an empty form for a new one ({@code ?new=true});
 * an item that does not exist (any more) is said so, and a new form is opened instead.
 *
 * @param <K> the key in the URL
 * @param <T> the item edited
 */
public abstract class ConsoleEditor<K, T> implements Serializable {

    private K requested;
    private boolean creating;
    private transient List<T> items = List.of();

    /** The page's view action: reads the list once for the whole render. */
    public void load() {
        List<T> all = all();
        items = all;
        loadChoices();
        if (requested == null && !creating && !all.isEmpty()) {
            requested = key(all.get(0));
        }
        if (!creating && requested != null) {
            try {
                show(find(requested));
                return;
            } catch (DeskException e) {
                FacesErrors.show(e);
            }
        }
        creating = true;
        show(null);
    }

    /** Every item, in the order of the list. */
    protected abstract List<T> all();

    /** Reads what the form offers to choose from (beside the list); nothing unless a page overrides it. */
    protected void loadChoices() {
    }

    /** The list as the view action read it. */
    protected List<T> items() {
        return items == null ? List.of() : items;
    }

    protected abstract K key(T item);

    /** The item, or a NOT_FOUND DeskException. */
    protected abstract T find(K key);

    /** Fills the form from the item, or with the defaults of a new one (null). */
    protected abstract void show(T item);

    public K getRequested() {
        return requested;
    }

    public void setRequested(K requested) {
        this.requested = requested;
    }

    public boolean isCreating() {
        return creating;
    }

    public void setCreating(boolean creating) {
        this.creating = creating;
    }
}
