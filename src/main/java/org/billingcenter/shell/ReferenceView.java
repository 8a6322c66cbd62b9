package org.billingcenter.shell;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jakarta.annotation.security.PermitAll;

/**
 * The lightest screen a signed-in person can open: one line of text, no data, no layout. The load
 * benchmark compares every real screen against it, which separates what a screen costs from what
 * any Vaadin round trip on this machine costs. It exists only where {@link ReferenceRoute} adds it.
 */
@PermitAll
public class ReferenceView extends VerticalLayout {

    public ReferenceView() {
        setId("reference-view");
        add(new Paragraph("Hello"));
    }
}
