package com.atlassian.crowd.embedded.api;

/** A user directory; the app never calls it, it only appears in the membership events' constructors. */
public interface Directory {}
