package org.billingcenter.wallet;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ordinary vouchers: issued to an account by the tenant's staff, or redeemed by the account
 * holder with an activation code. Either way the value comes from the promotions book into a new
 * lot, and it is never invoiceable or refundable.
 */
@Service
@Transactional
@RequiresFeature(Feature.VOUCHERS)
public class VoucherService {

    static final int MAX_BATCH = 10_000;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MoneyCommands commands;
    private final FundingLotRepository lots;
    private final VoucherCodeRepository codes;
    private final AuditTrail auditTrail;
    private final BusinessDay businessDay;
    private final Clock clock;

    VoucherService(MoneyCommands commands, FundingLotRepository lots, VoucherCodeRepository codes, AuditTrail auditTrail,
            BusinessDay businessDay, Clock clock) {
        this.commands = commands;
        this.lots = lots;
        this.codes = codes;
        this.auditTrail = auditTrail;
        this.businessDay = businessDay;
        this.clock = clock;
    }

    /** An operator gives an account a voucher, saying why. */
    @RolesAllowed(Role.Names.OPERATOR)
    public long issue(long accountId, Money faceValue, int validityDays, String reason, String idempotencyKey) {
        MoneyRules.requirePositive(faceValue);
        requireValidity(validityDays);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("wallet.reasonRequired");
        }
        auditTrail.because(reason);
        return commands.runHere(MoneyCommand.of(accountId, idempotencyKey, "ISSUE_VOUCHER", new Object[] {faceValue, validityDays, reason},
                (books, by) -> {
                    books.requireCurrency(faceValue);
                    return new NewLot(grant(books, by, LotKind.ORDINARY_VOUCHER, LotOrigin.ISSUED_BY_OPERATOR, null, faceValue,
                            Duration.ofDays(validityDays), reason.strip()).getId());
                }, NewLot::read)).lotId();
    }

    /** A batch of single-use activation codes, for the operator to hand out (and export). */
    @RolesAllowed(Role.Names.OPERATOR)
    public List<IssuedCode> createCodes(int count, Money faceValue, int validityDays, Instant redeemBy) {
        if (count < 1 || count > MAX_BATCH) {
            throw new BusinessRuleException("voucher.batchSize", MAX_BATCH);
        }
        MoneyRules.requirePositive(faceValue);
        requireValidity(validityDays);
        if (redeemBy == null || !redeemBy.isAfter(clock.instant())) {
            throw new BusinessRuleException("voucher.redeemByInPast");
        }
        String batch = "B" + Long.toString(clock.millis(), 36).toUpperCase(Locale.ROOT) + randomCode(4);
        auditTrail.because(Message.of("audit.reason.vouchersCreated", batch));
        List<IssuedCode> issued = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            VoucherCode code = codes.save(new VoucherCode(randomCode(16), batch, faceValue, validityDays, redeemBy,
                    clock.instant()));
            issued.add(new IssuedCode(code.getCode(), batch, faceValue, validityDays, redeemBy));
        }
        return issued;
    }

    /** The account holder turns an activation code into a voucher on their account; returns that voucher. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public Lot redeem(String rawCode, String idempotencyKey) {
        String code = normalise(rawCode);
        // Said before the command runs: its journal posting and the code's history both give the reason.
        auditTrail.because(Message.of("audit.reason.voucherRedeemed"));
        long lotId = commands.runHere(MoneyCommand.of(CurrentUser.requireAccountId(), idempotencyKey, "REDEEM_VOUCHER", new Object[] {code},
                (books, by) -> {
                    // Another tenant's code is simply not found here: the tenant filter hides it.
                    VoucherCode voucher = codes.findByCode(code).orElseThrow(() -> new BusinessRuleException("voucher.codeUnknown"));
                    if (voucher.getStatus() != VoucherCode.Status.AVAILABLE) {
                        throw new BusinessRuleException("voucher.codeUsed");
                    }
                    if (!clock.instant().isBefore(voucher.getRedeemBy())) {
                        throw new BusinessRuleException("voucher.codeExpired");
                    }
                    books.requireCurrency(voucher.faceValue());
                    voucher.redeemedBy(books.accountId(), clock.instant());
                    return new NewLot(grant(books, by, LotKind.ORDINARY_VOUCHER, LotOrigin.ACTIVATION_CODE, code, voucher.faceValue(),
                            Duration.ofDays(voucher.getValidityDays()), Message.of("journal.voucherCode", masked(code)).stored()).getId());
                }, NewLot::read)).lotId();
        return Lot.of(lots.findById(lotId).orElseThrow());
    }

    /** Puts promotional value into a new lot of the account, deciding on its locked books as {@code by}; every kind of voucher. */
    FundingLot grant(Books books, Provenance by, LotKind kind, LotOrigin origin, String reference, Money faceValue, Duration validity,
            String description) {
        Instant now = books.now();
        FundingLot lot = lots.save(new FundingLot(books.accountId(), kind, origin, reference, faceValue, now, now.plus(validity), now));
        books.knowNewLot(lot);
        books.post(new JournalTransaction(books.accountId(), MovementKind.VOUCHER_ISSUED, description, now, businessDay.today(), by)
                .entry(LedgerAccount.PROMOTIONS, faceValue.negate())
                .lot(lot, faceValue, false));
        return lot;
    }

    private static void requireValidity(int validityDays) {
        if (validityDays < 1 || validityDays > 3660) {
            throw new BusinessRuleException("voucher.validity");
        }
    }

    static String normalise(String code) {
        // No code is anywhere near 100 characters: a longer text is no code, and no pattern reads it.
        return code == null || code.length() > 100 ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }


    static String masked(String code) {
        return code.length() <= 4 ? "****" : "****" + code.substring(code.length() - 4);
    }

    private static String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A created activation code, as the operator exports it. */
    public record IssuedCode(String code, String batch, Money faceValue, int validityDays, Instant redeemBy) {
    }
}
