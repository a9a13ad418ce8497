package com.atlassian.sal.api.transaction;

/** Work run inside a transaction. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
