package org.billingcenter.usage.ui;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.BoundedUpload;
import org.billingcenter.usage.IngestionResult;
import org.billingcenter.usage.RowError;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageProperties;

/**
 * Operators upload a CSV of usage (the same format as the API). A file with any bad row is
 * refused whole; the page lists each bad row with its number and reason.
 */
@Route("operator/usage")
@Menu(order = 85, title = "menu.operatorUsage")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class UsageUploadView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();
    final Grid<RowError> errors = new Grid<>();
    private final UsageIngestionService usage;

    public UsageUploadView(UsageIngestionService usage, UsageProperties limits) {
        this.usage = usage;
        upload.setId("usage-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes().toBytes()));
        BoundedUpload handler = new BoundedUpload(limits.maxBytes().toBytes(), 1,
                (metadata, content) -> getUI().ifPresent(ui -> ui.access(() -> take(content))));
        upload.setUploadHandler(handler);
        // Each file is taken in whole when it arrives: the next one may come once it is off the list.
        upload.addFileRemovedListener(removed -> handler.reset());
        upload.addAllFinishedListener(finished -> handler.reset());
        outcome.setId("usage-outcome");
        errors.setId("usage-errors");
        errors.addColumn(RowError::row).setHeader(getTranslation("usage.column.row")).setKey("row").setAutoWidth(true);
        errors.addColumn(RowError::sourceId).setHeader(getTranslation("usage.column.source"));
        errors.addColumn(RowError::reason).setHeader(getTranslation("usage.column.reason")).setFlexGrow(3);
        errors.setVisible(false);
        add(new H2(getTranslation("usage.title")), new Paragraph(getTranslation("usage.intro")), upload, outcome, errors);
    }

    /** Also the entry point for tests, which have no browser to upload from. */
    void take(byte[] content) {
        try {
            IngestionResult result = usage.ingestCsv(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
            outcome.setText(result.refused() ? getTranslation("usage.refused", result.received(), result.errors().size())
                    : getTranslation("usage.kept", result.received(), result.accepted(), result.duplicates()));
            errors.setItems(result.errors());
            errors.setVisible(result.refused());
        } catch (BusinessRuleException unreadable) {
            outcome.setText(getTranslation("usage.unreadableFile", String.valueOf(java.util.List.of(unreadable.arguments()))));
            errors.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("usage.title");
    }
}
