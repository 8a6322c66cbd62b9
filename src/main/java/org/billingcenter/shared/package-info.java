/**
 * The shared kernel: money, tenancy plumbing, the signed-in identity and UI building blocks.
 * It holds no business rule and imports no feature, so every feature may depend on it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.billingcenter.shared;
