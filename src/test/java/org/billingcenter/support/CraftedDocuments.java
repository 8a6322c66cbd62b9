package org.billingcenter.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.invoice.InvoiceableSource;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Invoiceable documents that tests make up for an account (monthly bills, before the billing
 * feature provides them). Part of the one shared test context; holds nothing until a test adds
 * documents for its own fresh account, so other tests never see them.
 */
public class CraftedDocuments implements InvoiceableSource {

    private final Map<String, List<InvoiceableDocument>> documents = new ConcurrentHashMap<>();

    public void offer(String tenantId, long accountId, InvoiceableDocument... offered) {
        documents.put(tenantId + "/" + accountId, List.of(offered));
    }

    @Override
    public List<InvoiceableDocument> invoiceableFor(long accountId) {
        return documents.getOrDefault(TenantContext.require() + "/" + accountId, List.of());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        CraftedDocuments craftedDocuments() {
            return new CraftedDocuments();
        }
    }
}
