package org.billingcenter.wallet;

import org.billingcenter.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the wallet's service tests: the wallet's services and books at hand. Adds fields only,
 * so the suite keeps its single Spring context.
 */
abstract class WalletServicesTest extends ApplicationTest {

    @Autowired
    protected GroupCommit groupCommit;

    @Autowired
    protected WalletService wallet;
    @Autowired
    protected DeductionService deduction;
    @Autowired
    protected VoucherService vouchers;
    @Autowired
    protected StoredValueCardService cards;
    @Autowired
    protected RechargeService recharges;
    @Autowired
    protected SimulatedPaymentGateway gateway;
    @Autowired
    protected LotExpiryService expiry;
    @Autowired
    protected LedgerCheckService ledgerCheck;
    @Autowired
    protected JournalTransactionRepository journal;
    @Autowired
    protected RechargeOrderRepository orders;
    @Autowired
    protected FundingLotRepository lots;
    @Autowired
    protected org.billingcenter.audit.AuditService audit;
}
