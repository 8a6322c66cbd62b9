package org.billingcenter.audit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

import org.billingcenter.audit.AuditChainService;
import org.billingcenter.audit.ChainCheckReport;
import org.billingcenter.audit.ChainVerification;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;

/**
 * Starts the hash-chain check of the history in the background and follows it: the page asks
 * for its progress every second while it runs and then says whether, and where, the history was
 * altered. Staff also start a full check; an account's people see only their account's part.
 */
class ChainCheck extends VerticalLayout {

    private static final int POLL_MILLIS = 1000;

    final Button verify = new Button();
    final Button verifyFull = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph result = new Paragraph();
    private final AuditChainService chain;
    private Registration polling;

    ChainCheck(AuditChainService chain) {
        this.chain = chain;
        setPadding(false);
        verify.setText(getTranslation("history.verify"));
        verify.setId("history-verify");
        verify.addClickListener(click -> show(chain.check()));
        verifyFull.setText(getTranslation("history.verifyFull"));
        verifyFull.setId("history-verify-full");
        verifyFull.setTooltipText(getTranslation("history.verifyFullExplained"));
        verifyFull.setVisible(CurrentUser.require().has(Role.OPERATOR));
        verifyFull.addClickListener(click -> show(chain.fullCheck()));
        progress.setId("history-verify-progress");
        progress.setVisible(false);
        result.setId("history-verify-result");
        add(new H3(getTranslation("history.verifyTitle")), new Paragraph(getTranslation("history.verifyExplained")),
                new HorizontalLayout(verify, verifyFull), progress, result);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> chain.lastCheck().ifPresent(this::show));
        // A check someone started before this page opened is followed too.
        chain.lastCheck().ifPresent(this::show);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    void show(ChainCheckReport report) {
        getUI().ifPresent(ui -> ui.setPollInterval(report.running() ? POLL_MILLIS : -1));
        progress.setVisible(report.running());
        if (report.failed()) {
            result.setText(getTranslation("history.verifyFailed"));
        } else if (report.tenant() != null) {
            showTenant(report.tenant());
        } else if (report.account() != null) {
            showAccount(report.account());
        } else {
            // An account's people follow a check without the tenant's counts.
            progress.setIndeterminate(true);
            result.setText(getTranslation("history.verifyRunning"));
        }
    }

    private void showTenant(ChainCheckReport.TenantChain chain) {
        ChainVerification outcome = chain.outcome();
        if (outcome == null && chain.toHash() == 0) {
            // Waiting for another node's check, or about to count what is to hash.
            progress.setIndeterminate(true);
            result.setText(getTranslation("history.verifyRunning"));
        } else if (outcome == null) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) chain.hashed() / chain.toHash()));
            result.setText(getTranslation("history.verifyProgress", chain.hashed(), chain.toHash(), chain.startedAfter()));
        } else if (outcome.intact()) {
            result.setText(getTranslation("history.chainIntactSince", outcome.checked(), chain.hashed(), chain.startedAfter()));
        } else {
            String where = outcome.brokenAtRevision() == null ? String.valueOf(outcome.brokenAtPosition())
                    : String.valueOf(outcome.brokenAtRevision());
            result.setText(getTranslation("history.chainBroken", where, getTranslation("history.problem." + outcome.problem().name())));
        }
    }

    private void showAccount(ChainCheckReport.AccountHistory account) {
        if (account.alteredChange() != null) {
            result.setText(getTranslation("history.accountAltered", account.alteredChange(),
                    getTranslation("history.problem." + account.problem().name())));
        } else if (account.laterUnconfirmed()) {
            result.setText(getTranslation("history.accountUnconfirmed", account.changesConfirmed()));
        } else {
            result.setText(getTranslation("history.accountIntact", account.changesConfirmed()));
        }
    }
}
