package org.billingcenter.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.SelfService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lumen-cn enterprise's tax invoice carries its Chinese name: the title is in the PDF's text, not dropped. */
class ChineseInvoicePdfTest extends SelfService {

    private static final String TITLE = "上海明远科技有限公司";

    @Autowired
    InvoiceDeskService desk;

    @Test
    void theChineseTitleIsInTheIssuedPdf() throws IOException {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, TITLE);
        offerBills(owner, bill("BILL-2026-08", "880.00", "880.00", "CNY"));
        InvoiceSummary requested = as(owner, () -> invoices.request(List.of("BILL-2026-08"), ordinaryProfile(owner), address(owner)));
        assertThat(requested.title()).isEqualTo(TITLE);
        as(newOperator(CN), () -> desk.issue(requested.id()));

        byte[] pdf = as(owner, () -> invoices.pdf(requested.id())).content();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("购买方：" + TITLE, CREDIT_CODE, "BILL-2026-08", "CNY 880.00");
    }
}
