package org.ofbiz.core.entity;

/** Jira's entity engine failed; thrown by some issue manager methods. */
public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
