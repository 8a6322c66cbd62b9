package org.billingcenter.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.billingcenter.shared.identity.CurrentUser;

/**
 * What the error pages share: a heading, one sentence in the reader's language, and a way back,
 * drawn inside the signed-in frame so the brand and the menu stay where the person left them.
 */
abstract class ErrorPage extends VerticalLayout {

    private final H2 title = new H2();
    private final Paragraph explanation = new Paragraph();

    ErrorPage(String id) {
        setId(id);
        addClassName("bc-error-page");
        title.setId("error-title");
        explanation.setId("error-text");
        // Signed in: back to the dashboard; a visitor: to the sign-in page (the dashboard sends them there).
        Anchor back = new Anchor("", getTranslation(CurrentUser.get().isPresent() ? "error.backToDashboard" : "error.backToSignIn"));
        back.setId("error-back");
        add(title, explanation, back);
    }

    void show(String titleKey, String textKey) {
        title.setText(getTranslation(titleKey));
        explanation.setText(getTranslation(textKey));
    }
}
