package org.billingcenter.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxLicenceSize the largest licence image accepted */
@ConfigurationProperties("billing.verification")
public record VerificationProperties(DataSize maxLicenceSize) {

    public VerificationProperties {
        maxLicenceSize = maxLicenceSize == null ? DataSize.ofMegabytes(2) : maxLicenceSize;
    }
}
