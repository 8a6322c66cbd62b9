package org.billingcenter.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo, its utility classes, and our own stylesheet
 * ({@code src/main/resources/META-INF/resources/styles/app.css}, served as a static file, so
 * changing it needs no frontend bundle rebuild). No {@code @PWA}: a billing portal must not be
 * cached offline.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/app.css")
@Viewport(Viewport.DEVICE_DIMENSIONS)
public class AppShell implements AppShellConfigurator {
}
