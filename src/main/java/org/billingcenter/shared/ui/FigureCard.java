package org.billingcenter.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One headline figure: a label above a large value, with an optional hint below (app.css {@code bc-card}). */
public class FigureCard extends Div {

    private final Span value;

    /** @param valueId the id of the value, so tests and browser journeys can read it */
    public FigureCard(String label, String value, String valueId) {
        Span caption = new Span(label);
        caption.addClassName("bc-card-label");
        this.value = new Span(value);
        this.value.addClassName("bc-card-value");
        this.value.setId(valueId);
        addClassName("bc-card");
        add(caption, this.value);
    }

    public FigureCard primary() {
        addClassName("bc-card-primary");
        return this;
    }

    /** Marks the figure as a warning (e.g. arrears) and says what to do about it. */
    public FigureCard warn(String hint, String hintId) {
        addClassName("bc-card-warning");
        Paragraph text = new Paragraph(hint);
        text.addClassName("bc-card-hint");
        text.setId(hintId);
        add(text);
        return this;
    }

    public String getValueText() {
        return value.getText();
    }
}
