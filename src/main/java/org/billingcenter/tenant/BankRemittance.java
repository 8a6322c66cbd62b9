package org.billingcenter.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The tenant's own bank account, where holders send bank transfers: shown in the remittance dialog
 * and on the printable instruction, with the order's reference. The tenant file's
 * {@code bank-remittance} block; required when the tenant offers bank remittance.
 *
 * @param routingNumber a US ABA routing number, where the bank has one (its check digit is checked)
 * @param swiftCode the bank's SWIFT/BIC code, for transfers from abroad
 * @param branch the branch that holds the account (Chinese transfers name it: 开户行)
 * @param note anything else the payer must know, shown as written
 */
public record BankRemittance(
        @NotBlank @Size(max = 200) String accountName,
        @NotBlank @Size(max = 200) String bankName,
        @NotBlank @Pattern(regexp = "[0-9A-Z][0-9A-Z -]{3,39}", message = "must be 4-40 digits, capital letters, spaces or '-'")
        String accountNumber,
        @Size(max = 200) String branch,
        @Pattern(regexp = "[0-9]{9}", message = "must be the 9 digits of an ABA routing number") String routingNumber,
        @Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be a SWIFT/BIC code of 8 or 11 capital letters and digits")
        String swiftCode,
        @Size(max = 500) String note) {

    /** The ABA check: 3, 7 and 1 times the digits in turn add up to a multiple of ten. */
    static boolean isRoutingNumberValid(String routingNumber) {
        int[] weights = {3, 7, 1};
        int sum = 0;
        for (int i = 0; i < routingNumber.length(); i++) {
            sum += weights[i % 3] * Character.digit(routingNumber.charAt(i), 10);
        }
        return sum % 10 == 0;
    }
}
