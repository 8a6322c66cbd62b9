package org.billingcenter.shared.persistence;

import java.util.Collections;

/** The {@code ?, ?, …} of an IN list whose length is known only at run time. */
public final class ParameterMarks {

    private ParameterMarks() {
    }

    /** {@code count} parameter marks, comma-separated. */
    public static String of(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
