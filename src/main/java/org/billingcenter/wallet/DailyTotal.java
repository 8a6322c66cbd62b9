package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.LocalDate;

record DailyTotal(LocalDate day, BigDecimal total) {
}
