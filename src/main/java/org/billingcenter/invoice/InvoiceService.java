package org.billingcenter.invoice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.tenant.TenantDefinition.TaxInvoiceKind;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationService;
import org.billingcenter.verification.VerifiedIdentity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The account's invoices: profiles, addresses and requests. Finance, the Owner and Administrators
 * manage them, Auditors read. Always the signed-in user's own account; a request needs a verified
 * account, whose verified name is the invoice's title, an enterprise verification for the PRC
 * invoice kinds, and a cash balance above zero (the modelled portal's rules). An international
 * invoice is made out to its profile's billing details instead. Only the kind the tenant file
 * names is offered. A profile or an address that a live request uses cannot be deleted.
 */
@Service
@Validated
@Transactional
@RequiresFeature(Feature.TAX_INVOICES)
public class InvoiceService {

    private final InvoiceProfileRepository profiles;
    private final MailingAddressRepository addresses;
    private final InvoiceRequestRepository requests;
    private final InvoiceRequestLineRepository lines;
    private final InvoicePdfRepository pdfs;
    private final InvoiceableDocuments documents;
    private final VerificationService verification;
    private final EmailConfirmationService confirmations;
    private final AccountCash cash;
    private final TenantRegistry tenants;
    private final Clock clock;

    InvoiceService(InvoiceProfileRepository profiles, MailingAddressRepository addresses, InvoiceRequestRepository requests,
            InvoiceRequestLineRepository lines, InvoicePdfRepository pdfs, InvoiceableDocuments documents,
            VerificationService verification, EmailConfirmationService confirmations, AccountCash cash, TenantRegistry tenants,
            Clock clock) {
        this.cash = cash;
        this.tenants = tenants;
        this.profiles = profiles;
        this.addresses = addresses;
        this.requests = requests;
        this.lines = lines;
        this.pdfs = pdfs;
        this.documents = documents;
        this.verification = verification;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    /** The kind of tax invoice the current tenant's file names. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public TaxInvoiceKind kindOffered() {
        return tenants.current().taxInvoices();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<InvoiceProfileDetails> profiles() {
        return profiles.findByAccountIdOrderById(CurrentUser.requireAccountId()).stream().map(InvoiceProfile::details).toList();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public InvoiceProfileDetails saveProfile(@Valid InvoiceProfileDetails details) {
        long accountId = CurrentUser.requireAccountId();
        InvoiceProfileDetails checked = InvoiceProfileRules.checked(details, requireVerified(), kindOffered());
        InvoiceProfile profile = details.id() == null ? new InvoiceProfile(accountId)
                : profiles.findByIdAndAccountId(details.id(), accountId).orElseThrow(() -> new BusinessRuleException("invoice.notFound"));
        profile.update(checked);
        return profiles.save(profile).details();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public void deleteProfile(long profileId) {
        long accountId = CurrentUser.requireAccountId();
        profiles.findByIdAndAccountId(profileId, accountId).ifPresent(profile -> {
            if (requests.findByAccountIdAndProfileId(accountId, profileId).stream().anyMatch(InvoiceRequest::isLive)) {
                throw new BusinessRuleException("invoice.profileInUse");
            }
            profiles.delete(profile);
        });
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<MailingAddressDetails> addresses() {
        return addresses.findByAccountIdOrderById(CurrentUser.requireAccountId()).stream().map(MailingAddress::details).toList();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public MailingAddressDetails saveAddress(@Valid MailingAddressDetails details) {
        long accountId = CurrentUser.requireAccountId();
        MailingAddress address = details.id() == null ? new MailingAddress(accountId)
                : addresses.findByIdAndAccountId(details.id(), accountId).orElseThrow(() -> new BusinessRuleException("invoice.notFound"));
        address.update(details);
        return addresses.save(address).details();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public void deleteAddress(long addressId) {
        long accountId = CurrentUser.requireAccountId();
        addresses.findByIdAndAccountId(addressId, accountId).ifPresent(address -> {
            if (requests.findByAccountIdAndAddressId(accountId, addressId).stream().anyMatch(InvoiceRequest::isLive)) {
                throw new BusinessRuleException("invoice.addressInUse");
            }
            addresses.delete(address);
        });
    }

    /** The documents that may be invoiced now, each with the part of it paid in cash. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<InvoiceableDocument> invoiceable() {
        return documents.open(CurrentUser.requireAccountId());
    }

    /** What may be requested now: the invoiceable part of every open document, together. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public InvoiceableNow invoiceableNow() {
        long accountId = CurrentUser.requireAccountId();
        List<InvoiceableDocument> open = documents.open(accountId);
        Money balance = cash.balanceOf(accountId);
        Money total = open.stream().map(InvoiceableDocument::invoiceable).reduce(Money::plus).orElse(Money.zero(balance.currency()));
        return new InvoiceableNow(total, open.size(), balance);
    }

    /**
     * Asks for one invoice over the documents named. Amounts are the documents' own as their
     * features state them now, never the caller's; a document already on a live request is refused,
     * and the database's unique key refuses it too when two requests race.
     */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public InvoiceSummary request(List<String> references, long profileId, long addressId) {
        long accountId = CurrentUser.requireAccountId();
        confirmations.requireConfirmedAccount();
        VerifiedIdentity identity = requireVerified();
        if (references == null || references.isEmpty()) {
            throw new BusinessRuleException("invoice.noDocuments");
        }
        if (!cash.balanceOf(accountId).isPositive()) {
            throw new BusinessRuleException("invoice.cashBalanceRequired");
        }
        InvoiceProfileDetails profile = profiles.findByIdAndAccountId(profileId, accountId).map(InvoiceProfile::details)
                .orElseThrow(() -> new BusinessRuleException("invoice.profileRequired"));
        // The profile was valid when saved; the account may have been verified differently since.
        InvoiceProfileRules.checked(profile, identity, kindOffered());
        if (profile.type().isPrc() && identity.kind() != VerificationKind.ENTERPRISE) {
            throw new BusinessRuleException("invoice.enterpriseRequired");
        }
        MailingAddressDetails address = addresses.findByIdAndAccountId(addressId, accountId).map(MailingAddress::details)
                .orElseThrow(() -> new BusinessRuleException("invoice.addressRequired"));
        var requested = lines.activeReferences(accountId);
        List<InvoiceableDocument> chosen = new ArrayList<>();
        for (String reference : new LinkedHashSet<>(references)) {
            if (requested.contains(reference)) {
                throw new BusinessRuleException("invoice.alreadyRequested", reference);
            }
            InvoiceableDocument document = documents.find(accountId, reference)
                    .orElseThrow(() -> new BusinessRuleException("invoice.documentUnknown", reference));
            if (!document.invoiceable().isPositive()) {
                throw new BusinessRuleException("invoice.nothingInvoiceable", reference);
            }
            chosen.add(document);
        }
        Money total = chosen.stream().map(InvoiceableDocument::invoiceable).reduce(Money::plus).orElseThrow();
        // A PRC invoice's title is the verified name; an international one names whom the profile's billing details name.
        String title = profile.type().isPrc() ? identity.name() : profile.companyName();
        InvoiceRequest request = requests.save(new InvoiceRequest(accountId, title, profile, address, total,
                CurrentUser.require().email(), clock.instant()));
        try {
            lines.saveAllAndFlush(chosen.stream().map(document -> new InvoiceRequestLine(request.getId(), accountId, document)).toList());
        } catch (DataIntegrityViolationException raced) {
            throw new BusinessRuleException("invoice.alreadyRequested", String.join(", ", references));
        }
        return request.summary(chosen.stream().map(InvoiceableDocument::reference).toList());
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Page<InvoiceSummary> myRequests(Pageable page) {
        return summaries(requests.findByAccountIdOrderByIdDesc(CurrentUser.requireAccountId(), page), lines);
    }

    /** One of the account's requests in full; another account's is not found. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public InvoiceRequestDetails requestDetails(long requestId) {
        InvoiceRequest request = requests.findByIdAndAccountId(requestId, CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("invoice.notFound"));
        return request.details(lines.findByRequestIdOrderById(request.getId()));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public InvoicePdfFile pdf(long requestId) {
        InvoiceRequest request = requests.findByIdAndAccountId(requestId, CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("invoice.notFound"));
        return InvoiceDeskService.pdfOf(request, pdfs);
    }

    private VerifiedIdentity requireVerified() {
        return verification.verifiedIdentity().orElseThrow(() -> new BusinessRuleException("invoice.verificationRequired"));
    }

    static Page<InvoiceSummary> summaries(Page<InvoiceRequest> page, InvoiceRequestLineRepository lines) {
        List<Long> ids = page.getContent().stream().map(InvoiceRequest::getId).toList();
        Map<Long, List<String>> references = ids.isEmpty() ? Map.of()
                : lines.findByRequestIdInOrderById(ids).stream().collect(Collectors.groupingBy(InvoiceRequestLine::getRequestId,
                        Collectors.mapping(InvoiceRequestLine::getReference, Collectors.toList())));
        return page.map(request -> request.summary(references.getOrDefault(request.getId(), List.of())));
    }
}
