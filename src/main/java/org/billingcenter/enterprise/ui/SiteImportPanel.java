package org.billingcenter.enterprise.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.NewSite;
import org.billingcenter.enterprise.SiteDesk;
import org.billingcenter.enterprise.SiteImport;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/**
 * Imports a contract's sites from CSV in two steps: the file is previewed (the sites it would add,
 * and every bad row with its reason), then taken whole with one button, which is offered only
 * when no row is bad. Nothing is kept from a file with a bad row.
 */
class SiteImportPanel extends VerticalLayout {

    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();
    final Grid<NewSite> preview = new Grid<>();
    final Grid<SiteImport.Problem> problems = new Grid<>();
    final Button confirm = new Button();
    private final SiteDesk desk;
    private final long contractId;
    private final Runnable imported;
    private String file;

    SiteImportPanel(SiteDesk desk, HostingPlans plans, long contractId, Runnable imported) {
        this.desk = desk;
        this.contractId = contractId;
        this.imported = imported;
        setPadding(false);
        upload.setId("site-import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> getUI().ifPresent(ui -> ui.access(() -> take(content)))));
        outcome.setId("site-import-outcome");
        problems.setId("site-import-problems");
        problems.addColumn(SiteImport.Problem::row).setHeader(getTranslation("siteImport.row")).setKey("row").setAutoWidth(true);
        problems.addColumn(SiteImport.Problem::site).setHeader(getTranslation("enterprise.portfolio.siteName"));
        problems.addColumn(p -> getTranslation(p.messageKey(), p.argument())).setHeader(getTranslation("siteImport.reason")).setKey("reason")
                .setFlexGrow(3);
        problems.setAllRowsVisible(true);
        preview.setId("site-import-preview");
        preview.addColumn(NewSite::name).setHeader(getTranslation("enterprise.portfolio.siteName"));
        preview.addColumn(s -> EnterpriseScreens.owner(this, s.owner())).setHeader(getTranslation("enterprise.portfolio.owner"));
        preview.addColumn(NewSite::department).setHeader(getTranslation("siteDesk.department"));
        preview.addColumn(s -> EnterpriseScreens.plan(plans, s.plan())).setHeader(getTranslation("siteDesk.plan"));
        preview.addColumn(NewSite::createdOn).setHeader(getTranslation("siteImport.createdOn"));
        preview.setHeight("16rem");
        confirm.setId("site-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        show(null);
        add(new Paragraph(getTranslation("siteImport.intro")), upload, outcome, problems, preview, confirm);
    }

    /** Also the entry point for tests, which have no browser to upload from. */
    void take(byte[] content) {
        file = new String(content, StandardCharsets.UTF_8);
        try {
            SiteImport read = desk.preview(contractId, file);
            outcome.setText(read.problems().isEmpty() ? getTranslation("siteImport.ready", read.sites().size())
                    : getTranslation("siteImport.refused", read.problems().size()));
            show(read);
        } catch (BusinessRuleException unreadable) {
            outcome.setText(getTranslation(unreadable.messageKey(), unreadable.arguments()));
            show(null);
        }
    }

    private void confirm() {
        try {
            SiteImport result = desk.importSites(contractId, file);
            if (result.added() > 0) {
                Forms.notifySuccess(getTranslation("siteImport.done", result.added()));
                outcome.setText(getTranslation("siteImport.done", result.added()));
                show(null);
                imported.run();
            } else {
                outcome.setText(getTranslation("siteImport.refused", result.problems().size()));
                show(result);
            }
        } catch (BusinessRuleException e) {
            outcome.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void show(SiteImport read) {
        boolean bad = read != null && !read.problems().isEmpty();
        problems.setItems(bad ? read.problems() : java.util.List.of());
        problems.setVisible(bad);
        preview.setItems(read == null ? java.util.List.of() : read.sites());
        preview.setVisible(read != null && !read.sites().isEmpty());
        confirm.setText(getTranslation("siteImport.confirm", read == null ? 0 : read.sites().size()));
        confirm.setVisible(read != null && read.acceptable());
    }
}
