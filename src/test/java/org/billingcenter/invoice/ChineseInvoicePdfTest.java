package org.billingcenter.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.RenderedPdf;
import org.billingcenter.support.SelfService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lumen-cn enterprise's tax invoice, issued and drawn as a reader sees it: its Chinese name is in
 * the text, not dropped; the seller's logo, legal name, address, taxpayer id and bank are on it; and
 * each line shows its amount before VAT, the rate and the tax, which add up to what was paid.
 */
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
        RenderedPdf rendered = RenderedPdf.of(pdf, "tax-invoice-lumen-cn");
        String text = rendered.flatText();
        assertThat(text).contains("购买方", TITLE, CREDIT_CODE, "BILL-2026-08", "CNY 880.00");
        assertThat(text).as("the seller's letterhead").contains("增值税普通发票", "观澜可观测科技（杭州）有限公司", "浙江省杭州市西湖区",
                "纳税人识别号: 91330106MA2KXXXX8Q", "开票日期");
        assertThat(text).as("the tax lines: 880.00 includes 6% VAT").contains("不含税金额", "6%", "CNY 830.19", "CNY 49.81");
        assertThat(text).as("paid, with the seller's bank").contains("无应付款项", "示例商业银行", "5719 0880 2211 0006 688", "RF");
        assertThat(rendered.showsColourTopLeft(new Color(0xe8, 0x59, 0x0c))).as("the tenant's logo at the top").isTrue();
    }
}
