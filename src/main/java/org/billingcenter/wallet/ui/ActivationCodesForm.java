package org.billingcenter.wallet.ui;

import java.io.OutputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.MoneyRules;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.wallet.VoucherService.IssuedCode;

/**
 * Creates a batch of single-use activation codes and offers them as CSV at once: the codes are
 * shown nowhere else, so the download is the operator's copy to hand out.
 */
class ActivationCodesForm extends VerticalLayout {

    static final int MAX_CODES = 10_000;

    final IntegerField count = new IntegerField();
    final BigDecimalField faceValue = new BigDecimalField();
    final IntegerField validityDays = new IntegerField();
    final DatePicker redeemBy = new DatePicker();
    final Button create = new Button();
    final Span created = new Span();
    /** Replaced by each new batch; holds only that batch's codes. */
    Anchor download;

    private final HorizontalLayout result = new HorizontalLayout();

    ActivationCodesForm(VoucherService vouchers, TenantDefinition tenant, WalletFormat format) {
        setPadding(false);
        count.setLabel(getTranslation("operatorWallet.codeCount"));
        count.setId("codes-count");
        count.setMin(1);
        count.setMax(MAX_CODES);
        count.setHelperText(getTranslation("operatorWallet.codeCountHelp", MAX_CODES));
        faceValue.setLabel(getTranslation("operatorWallet.faceValue", tenant.currency().getCurrencyCode()));
        faceValue.setId("codes-face-value");
        validityDays.setLabel(getTranslation("operatorWallet.validityDays"));
        validityDays.setId("codes-validity");
        validityDays.setValue(IssueVoucherForm.DEFAULT_VALIDITY_DAYS);
        validityDays.setMin(1);
        redeemBy.setLabel(getTranslation("operatorWallet.redeemBy"));
        redeemBy.setId("codes-redeem-by");
        redeemBy.setHelperText(getTranslation("operatorWallet.redeemByHelp"));
        Forms.clearErrorOnEdit(count, faceValue, validityDays, redeemBy);
        created.setId("codes-created");
        result.setAlignItems(FlexComponent.Alignment.BASELINE);

        create.setText(getTranslation("operatorWallet.createCodes"));
        create.setId("create-codes");
        // Creating codes is not idempotent: the browser must not send a second click while this one runs.
        create.setDisableOnClick(true);
        create.addClickListener(click -> {
            try {
                submit(vouchers, tenant, format);
            } finally {
                create.setEnabled(true);
            }
        });
        add(new FormLayout(count, faceValue, validityDays, redeemBy), create, result);
    }

    private void submit(VoucherService vouchers, TenantDefinition tenant, WalletFormat format) {
        if (count.getValue() == null || validityDays.getValue() == null || redeemBy.getValue() == null) {
            for (var field : List.of(count, validityDays)) {
                if (field.getValue() == null) {
                    Forms.showError(field, getTranslation("validation.required"));
                }
            }
            if (redeemBy.getValue() == null) {
                Forms.showError(redeemBy, getTranslation("validation.required"));
            }
            return;
        }
        try {
            MoneyRules.parsePositive(faceValue.getValue(), tenant.currency());
            Money value = Money.of(faceValue.getValue(), tenant.currency());
            List<IssuedCode> codes = vouchers.createCodes(count.getValue(), value, validityDays.getValue(),
                    format.endOf(redeemBy.getValue()));
            offer(codes, format, value);
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            switch (refused.messageKey()) {
                case "voucher.batchSize" -> Forms.showError(count, message);
                case "voucher.validity" -> Forms.showError(validityDays, message);
                case "voucher.redeemByInPast" -> Forms.showError(redeemBy, message);
                default -> Forms.showError(faceValue, message);
            }
        }
    }

    private void offer(List<IssuedCode> codes, WalletFormat format, Money value) {
        String batch = codes.getFirst().batch();
        created.setText(getTranslation("operatorWallet.codesCreated", codes.size(), format.money(value), batch));
        download = new Anchor(csv(codes, format, batch), AttachmentType.DOWNLOAD, getTranslation("operatorWallet.downloadCodes"));
        download.setId("codes-csv");
        result.removeAll();
        result.add(created, download);
        // Start the download right away; the link stays for a second copy.
        download.getElement().executeJs("this.click()");
        Forms.notifySuccess(created.getText());
    }

    /** Codes lapse at the start of the day after the chosen date; the sheet names the last day they work. */
    private static String lastDay(WalletFormat format, IssuedCode code) {
        return format.date(code.redeemBy().minusNanos(1));
    }

    private DownloadHandler csv(List<IssuedCode> codes, WalletFormat format, String batch) {
        List<String> header = List.of(getTranslation("operatorWallet.csv.code"), getTranslation("operatorWallet.csv.batch"),
                getTranslation("wallet.column.faceValue"), getTranslation("wallet.column.currency"),
                getTranslation("operatorWallet.validityDays"), getTranslation("operatorWallet.redeemBy"));
        return event -> {
            event.setFileName("activation-codes-" + batch + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, row -> codes.forEach(code -> row.print(List.of(code.code(), code.batch(),
                        WalletFormat.plain(code.faceValue()), code.faceValue().currency().getCurrencyCode(), code.validityDays(),
                        lastDay(format, code)))));
            }
        };
    }
}
