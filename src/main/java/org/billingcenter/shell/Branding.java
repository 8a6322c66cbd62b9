package org.billingcenter.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.billingcenter.tenant.TenantBranding;

/** Puts a tenant's brand on a page: its colour on the whole UI, its logo and name in a header. */
public final class Branding {

    private Branding() {
    }

    /**
     * Lumo derives buttons, links and focus rings from these variables. The colour of text in the
     * brand's colour is derived from it in styles/app.css, a shade darker, so it stays readable on
     * the portal's grey surfaces whatever colour a tenant picks.
     */
    public static void applyColour(UI ui, TenantBranding brand) {
        String colour = brand.primaryColor();
        ui.getElement().getStyle()
                .set("--lumo-primary-color", colour)
                .set("--lumo-primary-color-50pct", "color-mix(in srgb, " + colour + " 50%, transparent)")
                .set("--lumo-primary-color-10pct", "color-mix(in srgb, " + colour + " 10%, transparent)");
    }

    public static HorizontalLayout header(TenantBranding brand) {
        Image logo = new Image(brand.logoUrl(), brand.brandName());
        logo.addClassName("bc-brand-logo");
        Span name = new Span(brand.brandName());
        name.addClassName("bc-brand-name");
        name.setId("brand-name");
        HorizontalLayout header = new HorizontalLayout(logo, name);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("bc-brand");
        return header;
    }
}
