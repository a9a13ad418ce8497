package com.atlassian.webresource.api.assembler;

/** Resources required by the page being built; each call returns this for chaining. */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
