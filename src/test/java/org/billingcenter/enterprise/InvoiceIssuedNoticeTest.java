package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When a contract invoice is issued the account's Administrators hear of it: a notice in the
 * portal and an e-mail each, both linking the online invoice at the tenant's public address, the
 * e-mail carrying the period's Site Portfolio Report as CSV. Nobody else is written to.
 */
class InvoiceIssuedNoticeTest extends ApplicationTest {

    @Autowired
    ContractDesk contracts;
    @Autowired
    SiteDesk sites;
    @Autowired
    ContractInvoiceService invoicing;
    @Autowired
    InvoicePayments payments;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser staff;
    private SignedInUser owner;
    private SignedInUser administrator;
    private SignedInUser secondAdministrator;
    private SignedInUser bystander;
    private long account;
    private long contract;

    @BeforeEach
    void aContractWithSites() {
        clock.set(Instant.parse("2030-03-01T15:00:00Z"));
        staff = newOperator(HOSTING);
        owner = newOwner(HOSTING);
        administrator = newMember(owner, Role.ADMINISTRATOR);
        secondAdministrator = newMember(owner, Role.ADMINISTRATOR);
        bystander = newMember(newOwner(HOSTING), Role.ADMINISTRATOR);
        account = accountOf(owner).id();
        contract = as(staff, () -> contracts.open(account, StaffRecordContractsTest.contract("NOTE-" + account, 1), "New customer"));
        as(staff, () -> sites.add(new NewSite(contract, "alpha.example", "Ann Owner", "Sales", SitePlan.of("STARTER"), SiteStatus.ACTIVE,
                LocalDate.parse("2030-03-01"))));
        as(staff, () -> sites.add(new NewSite(contract, "bravo.example", null, null, SitePlan.of("PREMIUM"), SiteStatus.ACTIVE,
                LocalDate.parse("2030-03-01"))));
    }

    @Test
    void eachAdministratorGetsTheInvoiceEmailWithTheLinkAndTheReportAttached() {
        clock.set(Instant.parse("2030-04-01T15:00:00Z"));
        as(staff, () -> invoicing.issueDueInvoices(account));
        StaffInvoice invoice = as(staff, () -> payments.invoices(contract)).getFirst();
        String link = "http://harbor-hosting.localhost:8080/enterprise/invoice/" + invoice.id();

        List<Map<String, Object>> mail = jdbc.queryForList("SELECT id, recipient, subject, body, status FROM outbox_message"
                + " WHERE subject LIKE ? ORDER BY id", "Invoice " + invoice.number() + "%");
        assertThat(mail).extracting(m -> m.get("recipient")).containsExactlyInAnyOrder(administrator.email(), secondAdministrator.email());
        assertThat(mail).allSatisfy(m -> {
            assertThat(m.get("subject")).isEqualTo("Invoice " + invoice.number() + " is issued");
            assertThat((String) m.get("body")).contains(link, "due on May 1, 2030", "attached as CSV");
            assertThat(m.get("status")).as("the mail carrier took it with its file").isEqualTo("SENT");
        });

        Map<String, Object> file = jdbc.queryForMap("SELECT file_name, content_type, content FROM outbox_attachment WHERE message_id = ?",
                mail.getFirst().get("id"));
        assertThat(file.get("file_name")).isEqualTo("site-portfolio-" + invoice.number() + ".csv");
        assertThat(file.get("content_type")).isEqualTo("text/csv");
        String csv = new String((byte[]) file.get("content"), StandardCharsets.UTF_8);
        assertThat(csv.lines()).first().asString().endsWith("Table,Site,Owner,Previous plan,Current plan,Previous invoice date,Invoice date");
        assertThat(csv).contains("All active sites,alpha.example,Ann Owner,,Starter,2030-03-01,2030-04-01",
                "All active sites,bravo.example,Not determined,,Premium,2030-03-01,2030-04-01");

        assertThat(as(administrator, () -> notifications.mine(Pageable.ofSize(20))).getContent()).extracting(notice -> notice.text(Locale.ENGLISH))
                .filteredOn(text -> text.contains("is issued")).singleElement().asString().contains(invoice.number(), link);
    }

    @Test
    void nobodyOutsideTheAccountsAdministratorsIsWritten() {
        clock.set(Instant.parse("2030-04-01T15:00:00Z"));
        as(staff, () -> invoicing.issueDueInvoices(account));

        assertThat(jdbc.queryForList("SELECT subject FROM outbox_message WHERE recipient IN (?, ?)", String.class, owner.email(),
                bystander.email())).noneMatch(subject -> subject.contains("is issued"));
        assertThat(as(bystander, () -> notifications.mine(Pageable.ofSize(20))).getContent()).extracting(notice -> notice.text(Locale.ENGLISH))
                .noneMatch(text -> text.contains("is issued"));
    }

    @Test
    void reIssuingNothingSendsNothingTwice() {
        clock.set(Instant.parse("2030-04-01T15:00:00Z"));
        as(staff, () -> invoicing.issueDueInvoices(account));
        as(staff, () -> invoicing.issueDueInvoices(account));

        assertThat(jdbc.queryForList("SELECT subject FROM outbox_message WHERE recipient = ?", String.class, administrator.email()))
                .filteredOn(subject -> subject.contains("is issued")).hasSize(1);
    }
}
