package org.deskline.platform.soap;

/** Domain enums to their wire forms (and back), name for name; every SOAP contract's mapper uses it. */
public final class WireEnums {

    private WireEnums() {
    }

    /** The constant of {@code to} named like {@code value}; null stays null. */
    public static <E extends Enum<E>> E map(Enum<?> value, Class<E> to) {
        return value == null ? null : Enum.valueOf(to, value.name());
    }
}
