package org.billingcenter.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;

import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.Test;

/** Each tenant's sign-in page carries its own brand, language and colour. */
class LoginViewTest extends UiTest {

    @Test
    void theChinesePortalIsBrandedAndSpeaksChinese() {
        openPortal(CN);
        navigate("login");
        assertThat(_get(Span.class, s -> s.withId("brand-name")).getText()).isEqualTo("观澜可观测 · 费用中心");
        assertThat(UI.getCurrent().getLocale().toLanguageTag()).isEqualTo("zh-CN");
        assertThat(_get(Anchor.class, s -> s.withId("sign-up-link")).getText()).isEqualTo("还没有账号？立即注册");
        assertThat(UI.getCurrent().getElement().getStyle().get("--lumo-primary-color")).isEqualTo("#c2410c");
    }

    @Test
    void theHostingPortalHasAnotherBrandAndNamesTheSupportedBrowsers() {
        openPortal(HOSTING);
        navigate("login");
        assertThat(_get(Span.class, s -> s.withId("brand-name")).getText()).isEqualTo("Harbor Sites Enterprise Billing");
        assertThat(_get(Paragraph.class, s -> s.withId("supported-browsers")).getText())
                .contains("Chrome", "Edge", "Firefox", "Safari", "Internet Explorer is not supported");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        openPortal(INTL);
        navigate("");
        assertThat(Views.current()).isInstanceOf(LoginView.class);
        navigate("profile");
        assertThat(Views.current()).isInstanceOf(LoginView.class);
    }
}
