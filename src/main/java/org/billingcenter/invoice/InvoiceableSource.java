package org.billingcenter.invoice;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by each feature that produces invoiceable documents (a Spring bean is enough; the
 * invoice feature collects them all). Answers for an account of the current tenant; the invoice
 * feature passes only the signed-in user's account and removes documents already requested.
 */
public interface InvoiceableSource {

    /** Every document of the account that could be invoiced, whether or not it was requested already. */
    List<InvoiceableDocument> invoiceableFor(long accountId);

    /** One document by its reference, if it is this source's and belongs to the account. */
    default Optional<InvoiceableDocument> find(long accountId, String reference) {
        return invoiceableFor(accountId).stream().filter(document -> document.reference().equals(reference)).findFirst();
    }
}
