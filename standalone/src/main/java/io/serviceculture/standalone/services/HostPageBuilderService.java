package io.serviceculture.standalone.services;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.serviceculture.standalone.web.RequestResources;

/** Jira's {@code PageBuilderService}: what a request requires goes into the page the host renders around it. */
public final class HostPageBuilderService implements PageBuilderService {
    private static final RequiredResources REQUIRED = new RequiredResources() {
        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            RequestResources.requireWebResource(moduleCompleteKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            RequestResources.requireContext(context);
            return this;
        }
    };

    private static final WebResourceAssembler ASSEMBLER = () -> REQUIRED;

    @Override
    public WebResourceAssembler assembler() {
        return ASSEMBLER;
    }
}
