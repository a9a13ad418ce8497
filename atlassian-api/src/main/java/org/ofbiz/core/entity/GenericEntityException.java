package org.ofbiz.core.entity;

/**
 * Jira's entity engine failure, thrown by a few older manager methods; in Jira it extends OfBiz's
 * {@code GeneralException}, which the app never names, so the mirror extends {@code Exception} directly.
 */
public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
