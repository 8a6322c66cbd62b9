package org.billingcenter.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.billingcenter.audit.AuditChainService;
import org.billingcenter.audit.ChainVerification;

/** Runs the hash-chain check of the history and says whether, and where, it was altered. */
class ChainCheck extends VerticalLayout {

    final Button verify = new Button();
    final Paragraph result = new Paragraph();

    ChainCheck(AuditChainService chain) {
        setPadding(false);
        verify.setText(getTranslation("history.verify"));
        verify.setId("history-verify");
        result.setId("history-verify-result");
        verify.addClickListener(click -> show(chain.verify()));
        add(new H3(getTranslation("history.verifyTitle")), new Paragraph(getTranslation("history.verifyExplained")), verify, result);
    }

    private void show(ChainVerification outcome) {
        if (outcome.intact()) {
            result.setText(getTranslation("history.chainIntact", outcome.checked()));
        } else {
            String where = outcome.brokenAtRevision() == null ? String.valueOf(outcome.brokenAtPosition())
                    : String.valueOf(outcome.brokenAtRevision());
            result.setText(getTranslation("history.chainBroken", where,
                    getTranslation("history.problem." + outcome.problem().name())));
        }
    }
}
