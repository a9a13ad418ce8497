package com.atlassian.webresource.api.assembler;

/** Collects the resources a page needs. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
