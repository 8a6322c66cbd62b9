package org.billingcenter.shared.error;

import java.util.Arrays;

/**
 * A request that the rules refuse. It carries a message key, not a sentence, so each view can say
 * it in the reader's language; {@link #getMessage()} gives the key and arguments for logs.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
