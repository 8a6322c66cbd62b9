package org.billingcenter.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

    @Test
    void aDocumentNumberBecomesACheckedReferenceInGroupsOfFour() {
        // ISO 11649's own example: RF18 5390 0754 7034.
        assertThat(CreditorReference.of("539007547034")).isEqualTo("RF18 5390 0754 7034");
        String reference = CreditorReference.of("INV-202612-000123");
        assertThat(reference).startsWith("RF").contains("INV2 0261 2000 123".substring(0, 4));
        assertThat(CreditorReference.isValid(reference)).isTrue();
        assertThat(CreditorReference.isValid(reference.toLowerCase().replace(" ", ""))).isTrue();
    }

    @Test
    void aMistypedCharacterIsCaught() {
        String reference = CreditorReference.of("INV-2026-0001").replace(" ", "");
        String mistyped = reference.substring(0, reference.length() - 1) + (reference.endsWith("1") ? "2" : "1");
        assertThat(CreditorReference.isValid(mistyped)).isFalse();
        assertThatThrownBy(() -> CreditorReference.of("--")).isInstanceOf(IllegalArgumentException.class);
    }
}
