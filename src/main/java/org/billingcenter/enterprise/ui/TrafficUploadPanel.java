package org.billingcenter.enterprise.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.billingcenter.enterprise.TrafficIntake;
import org.billingcenter.enterprise.TrafficReport;
import org.billingcenter.shared.error.BusinessRuleException;

/**
 * Uploads a CSV of monthly traffic (the same format as the API: {@code site_id,monthly_traffic}).
 * A file with any bad row records nothing and lists each bad row; otherwise the upgrades it caused are named.
 */
class TrafficUploadPanel extends VerticalLayout {

    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();
    final Grid<TrafficReport.RowError> errors = new Grid<>();
    private final TrafficIntake traffic;
    private final Runnable recorded;

    TrafficUploadPanel(TrafficIntake traffic, Runnable recorded) {
        this.traffic = traffic;
        this.recorded = recorded;
        setPadding(false);
        upload.setId("traffic-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> getUI().ifPresent(ui -> ui.access(() -> take(content)))));
        outcome.setId("traffic-outcome");
        errors.setId("traffic-errors");
        errors.addColumn(TrafficReport.RowError::row).setHeader(getTranslation("siteImport.row")).setAutoWidth(true);
        errors.addColumn(TrafficReport.RowError::siteId).setHeader(getTranslation("trafficUpload.siteId"));
        errors.addColumn(TrafficReport.RowError::reason).setHeader(getTranslation("siteImport.reason")).setFlexGrow(3);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        add(new Paragraph(getTranslation("trafficUpload.intro")), upload, outcome, errors);
    }

    /** Also the entry point for tests, which have no browser to upload from. */
    void take(byte[] content) {
        try {
            TrafficReport report = traffic.recordCsv(new String(content, StandardCharsets.UTF_8));
            outcome.setText(report.refused() ? getTranslation("trafficUpload.refused", report.received(), report.errors().size())
                    : getTranslation("trafficUpload.recorded", report.recorded(), report.upgrades().size()));
            errors.setItems(report.errors());
            errors.setVisible(report.refused());
            if (!report.refused()) {
                recorded.run();
            }
        } catch (BusinessRuleException unreadable) {
            outcome.setText(getTranslation(unreadable.messageKey(), unreadable.arguments()));
            errors.setVisible(false);
        }
    }
}
