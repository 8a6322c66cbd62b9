package org.billingcenter.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.Test;

/**
 * A person who opens a screen their role does not open, or an address that does not exist, sees a
 * page of the portal: in its frame and brand, in their language, with the way back.
 */
class ErrorPagesTest extends UiTest {

    @Override
    protected boolean appErrorPages() {
        return true;
    }

    @Test
    void aMemberOpeningTheWalletSeesAccessDeniedInThePortalsFrame() {
        SignedInUser member = newMember(newOwner(INTL), Role.MEMBER);
        signIn(member);
        navigate("wallet");

        assertThat(Views.current()).isInstanceOf(AccessDeniedView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(MainLayout.class::isInstance);
        assertThat(_get(Span.class, s -> s.withId("brand-name")).getText()).isEqualTo("Lumen Observability Billing Center");
        assertThat(_get(H2.class, s -> s.withId("error-title")).getText()).isEqualTo("Access denied");
        Anchor back = _get(Anchor.class, s -> s.withId("error-back"));
        assertThat(back.getText()).isEqualTo("Back to the dashboard");
        assertThat(back.getHref()).isEmpty();
    }

    @Test
    void aChineseReaderSeesAccessDeniedInChinese() {
        SignedInUser member = newMember(newOwner(CN), Role.MEMBER);
        signIn(member);
        navigate("bills");

        assertThat(Views.current()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H2.class, s -> s.withId("error-title")).getText()).isEqualTo("无权访问");
        assertThat(_get(Anchor.class, s -> s.withId("error-back")).getText()).isEqualTo("返回概览");
    }
}
