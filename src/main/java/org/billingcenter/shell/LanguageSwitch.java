package org.billingcenter.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/**
 * Lets the reader choose among the tenant's languages. The choice lives in the session and in a
 * cookie, so it also holds on the sign-in page; the page reloads to redraw everything in it. A
 * signed-in person's choice is also kept as theirs (see {@link LanguageChosen}).
 */
public class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "bc-locale";
    static final String CHOSEN = LanguageSwitch.class.getName() + ".chosen";

    public LanguageSwitch(List<Locale> locales) {
        this(locales, chosen -> {
        });
    }

    public LanguageSwitch(List<Locale> locales, Consumer<Locale> onChosen) {
        setItems(locales);
        setItemLabelGenerator(locale -> locale.getDisplayName(locale));
        setValue(UI.getCurrent().getLocale());
        setId("language-switch");
        setAriaLabel(getTranslation("shell.language"));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChosen.accept(event.getValue());
                choose(event.getValue());
            }
        });
        setVisible(locales.size() > 1);
    }

    private static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(CHOSEN, locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
