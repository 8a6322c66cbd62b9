package org.billingcenter.usage;

import java.util.List;

/**
 * What became of a batch. A batch with any bad row is refused whole: {@code refused} is true,
 * {@code errors} names every bad row, and nothing of the batch is kept ({@code accepted} and
 * {@code duplicates} are 0). Otherwise every row is kept: {@code accepted} new records, and
 * {@code duplicates} whose source id was already stored (sent before), which change nothing.
 */
public record IngestionResult(int received, int accepted, int duplicates, boolean refused, List<RowError> errors) {

    static IngestionResult refused(int received, List<RowError> errors) {
        return new IngestionResult(received, 0, 0, true, List.copyOf(errors));
    }

    static IngestionResult kept(int received, int accepted) {
        return new IngestionResult(received, accepted, received - accepted, false, List.of());
    }
}
