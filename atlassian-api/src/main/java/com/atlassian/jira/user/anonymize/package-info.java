/**
 * Compile-only mirror of Jira's user anonymisation SPI (Jira 8.7+), following
 * https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html
 * (a {@code <user-key-change-handler>} module; {@code getAffectedEntities}, {@code getNumberOfTasks}, {@code update}
 * returning {@code ServiceResult}; field {@code DEFAULT_NUMBER_OF_TASKS}) and Atlassian's "Dev docs: Anonymizing users"
 * (https://confluence.atlassian.com/jiracore/dev-docs-anonymizing-users-983503081.html: Jira calls
 * {@code getAffectedEntities} of every handler, then {@code OwnershipTransferHandler}, then
 * {@code UserAnonymizationHandler}, then {@code UserKeyChangeHandler} and {@code UserNameChangeHandler}).
 * {@code UserPropertyChangeParameter#getOriginal/getTarget/getContext}, {@code UserAnonymizationParameter#getUserKey/
 * getContext} and {@code AffectedEntity.newBuilder(type).descriptionKey(..).numberOfOccurrences(Long).build()} as
 * Atlassian's bundled apps call them (decompiled handlers in the public code index). UNVERIFIED: the value of
 * {@code DEFAULT_NUMBER_OF_TASKS}, whether {@code getNumberOfTasks} is a default method, the parameters'
 * constructors (the app never calls them; the standalone host does) and {@code AffectedEntity}'s getter names (read
 * only by the host and tests). Jira provides the real types.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.jira.user.anonymize;
