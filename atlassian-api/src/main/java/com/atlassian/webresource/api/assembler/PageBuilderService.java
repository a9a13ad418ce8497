package com.atlassian.webresource.api.assembler;

/** Gives the web resource assembler of the current request. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
