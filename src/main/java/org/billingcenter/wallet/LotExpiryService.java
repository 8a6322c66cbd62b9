package org.billingcenter.wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.cluster.ExclusiveRun;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vouchers and cards stop paying the moment they expire (the deduction only uses lots valid now);
 * this writes off what they still held, so the books show it. Safe to run again and on several
 * nodes: a lot already expired is skipped under the wallet lock.
 */
@Service
public class LotExpiryService {

    private static final Logger log = LoggerFactory.getLogger(LotExpiryService.class);
    private static final Duration WAIT_FOR_OTHER_RUN = Duration.ofMinutes(10);

    private final FundingLotRepository lots;
    private final MoneyCommands commands;
    private final BusinessDay businessDay;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final ExclusiveRun exclusive;

    LotExpiryService(FundingLotRepository lots, MoneyCommands commands, BusinessDay businessDay, Clock clock,
            TransactionTemplate transaction, EntityManager entityManager, ExclusiveRun exclusive) {
        this.lots = lots;
        this.commands = commands;
        this.businessDay = businessDay;
        this.clock = clock;
        this.transaction = transaction;
        this.entityManager = entityManager;
        this.exclusive = exclusive;
    }

    /**
     * Writes off every lapsed lot of the current tenant, each in a transaction of its own; returns
     * how many. The hourly job and staff on any node take the tenant's expiry lock: a run started
     * while another goes on waits for it, then finds those lots written off.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public int writeOffLapsedLots() {
        return exclusive.whenFree("lot-expiry:" + TenantContext.require(), WAIT_FOR_OTHER_RUN, this::writeOffNow).orElse(0);
    }

    private int writeOffNow() {
        Instant now = clock.instant();
        int count = 0;
        for (long lotId : lots.lapsed(now)) {
            Boolean expired = transaction.execute(status -> writeOff(lotId, now));
            count += Boolean.TRUE.equals(expired) ? 1 : 0;
        }
        if (count > 0) {
            log.info("Wrote off {} expired funding lots", count);
        }
        return count;
    }

    private boolean writeOff(long lotId, Instant now) {
        long accountId = lots.findById(lotId).orElseThrow().getAccountId();
        boolean expired = commands.runHere(MoneyCommand.of(accountId, null, "EXPIRY_WRITE_OFF", new Object[] {lotId},
                (books, by) -> new WrittenOff(writeOff(books, by, lotId, now)), WrittenOff::read)).expired();
        if (expired) {
            // After the writes: a lot the write-off emptied is expired, not used up.
            entityManager.find(FundingLot.class, lotId).expire();
        }
        return expired;
    }

    private boolean writeOff(Books books, Provenance by, long lotId, Instant now) {
        // Read again under the lock: another node may have written it off meanwhile.
        entityManager.clear();
        FundingLot lot = entityManager.find(FundingLot.class, lotId, LockModeType.PESSIMISTIC_WRITE);
        if (lot.getStatus() != LotStatus.ACTIVE) {
            return false;
        }
        if (lot.balance().isPositive()) {
            books.knowLapsedLot(lot);
            books.post(new JournalTransaction(lot.getAccountId(), MovementKind.EXPIRY_WRITE_OFF,
                    Message.of("journal.lotExpired", Message.label("lot.kind." + lot.getKind().name())).stored(), now,
                    businessDay.today(), by)
                    .lot(lot, lot.balance().negate(), false)
                    .entry(LedgerAccount.EXPIRED_FUNDS, lot.balance()));
        }
        return true;
    }

    /** Whether the lot was written off (false: another run had done it). */
    private record WrittenOff(boolean expired) implements MoneyCommand.Result {

        static WrittenOff read(String stored) {
            return new WrittenOff(Boolean.parseBoolean(stored));
        }

        @Override
        public String stored() {
            return String.valueOf(expired);
        }
    }
}
