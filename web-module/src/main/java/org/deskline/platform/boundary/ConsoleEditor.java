package org.deskline.platform.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /**
     * Where a page's items come from: all of them in the order of the list, one by its key (or a NOT_FOUND
     * DeskException), and an item's key.
     */
    public record Catalog<K, T>(Supplier<List<T>> all, Function<K, T> find, Function<T, K> key) {
    }

    /** The page's view action: reads the list once for the whole render. */
    public void load() {
        Catalog<K, T> catalog = catalog();
        List<T> all = catalog.all().get();
        items = all;
        loadChoices();
        if (requested == null && !creating && !all.isEmpty()) {
            requested = catalog.key().apply(all.get(0));
        }
        if (!creating && requested != null) {
            try {
                show(catalog.find().apply(requested));
                return;
            } catch (DeskException e) {
                FacesErrors.show(e);
            }
        }
        creating = true;
        show(null);
    }

    /** The page's items: {@code new Catalog<>(admin::plans, admin::plan, SupportPlan::getCode)}. */
    protected abstract Catalog<K, T> catalog();

    /** Reads what the form offers to choose from (beside the list); nothing unless a page overrides it. */
    protected void loadChoices() {
    }

    /** The list as the view action read it. */
    protected List<T> items() {
        return items == null ? List.of() : items;
    }

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
