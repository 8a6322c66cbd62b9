package org.billingcenter.shared.identity;

/**
 * What a person may do. The first five are roles within one billing account; OPERATOR is the
 * tenant's own staff. Spring authorities are "ROLE_" + name; views and services use {@link Names}.
 */
public enum Role {
    OWNER, ADMINISTRATOR, FINANCE, MEMBER, AUDITOR, OPERATOR;

    /** What a role's Spring authority starts with. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** Constants for annotations such as {@code @RolesAllowed(Role.Names.OWNER)}. */
    public static final class Names {
        public static final String OWNER = "OWNER";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String FINANCE = "FINANCE";
        public static final String MEMBER = "MEMBER";
        public static final String AUDITOR = "AUDITOR";
        public static final String OPERATOR = "OPERATOR";

        private Names() {
        }
    }
}
