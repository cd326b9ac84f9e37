package org.deskline.security.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The language picker in the console's top bar. */
@Named
@RequestScoped
public class LanguageChoice {

    @Inject
    ConsoleSession console;

    private String value;

    public String getValue() {
        return value == null ? console.getLanguage() : value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String apply() {
        return console.choose(value);
    }
}
