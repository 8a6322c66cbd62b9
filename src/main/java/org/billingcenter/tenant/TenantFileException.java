package org.billingcenter.tenant;

import java.nio.file.Path;

/** A tenant file that cannot be served; the message names the file and the field at fault. */
public class TenantFileException extends RuntimeException {

    public TenantFileException(Path file, String field, String problem) {
        super("Tenant file " + file + ": field '" + field + "' " + problem);
    }

    public TenantFileException(Path file, String problem) {
        super("Tenant file " + file + ": " + problem);
    }

    public TenantFileException(Path file, String problem, Throwable cause) {
        super("Tenant file " + file + ": " + problem, cause);
    }
}
