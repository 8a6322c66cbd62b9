package org.billingcenter.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** What the mocked browser currently shows. */
public final class Views {

    private Views() {
    }

    public static Component current() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
