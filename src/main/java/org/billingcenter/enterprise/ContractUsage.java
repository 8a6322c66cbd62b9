package org.billingcenter.enterprise;

import java.util.List;

/** A contract as its customer reads it: its terms and how much of each plan's allotment is in use today. */
public record ContractUsage(ContractSummary contract, List<AllotmentUsage> allotments) {
}
