package org.billingcenter.invoice;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Every feature's invoiceable documents of an account, without those a live request already covers. */
@Component
class InvoiceableDocuments {

    private final List<InvoiceableSource> sources;
    private final InvoiceRequestLineRepository lines;

    InvoiceableDocuments(List<InvoiceableSource> sources, InvoiceRequestLineRepository lines) {
        this.sources = List.copyOf(sources);
        this.lines = lines;
    }

    List<InvoiceableDocument> open(long accountId) {
        Set<String> requested = lines.activeReferences(accountId);
        return sources.stream().flatMap(source -> source.invoiceableFor(accountId).stream())
                .filter(document -> !requested.contains(document.reference()))
                .filter(document -> document.invoiceable().isPositive())
                .sorted(Comparator.comparing(InvoiceableDocument::date).thenComparing(InvoiceableDocument::reference))
                .toList();
    }

    Optional<InvoiceableDocument> find(long accountId, String reference) {
        return sources.stream().map(source -> source.find(accountId, reference)).flatMap(Optional::stream).findFirst();
    }
}
