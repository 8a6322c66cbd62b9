package org.billingcenter.enterprise;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a plan as its code, the same text the columns held when plans were fixed in code. */
@Converter(autoApply = true)
class SitePlanColumn implements AttributeConverter<SitePlan, String> {

    @Override
    public String convertToDatabaseColumn(SitePlan plan) {
        return plan == null ? null : plan.code();
    }

    @Override
    public SitePlan convertToEntityAttribute(String code) {
        return code == null ? null : SitePlan.of(code);
    }
}
