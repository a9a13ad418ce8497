/** What makes several hosts on one database a cluster, as Jira Data Center nodes are: job claims and locks. */
@NullMarked
package io.serviceculture.standalone.cluster;

import org.jspecify.annotations.NullMarked;
