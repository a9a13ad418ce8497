/** Tests of the Active Objects bridge on a real H2 database. */
@org.jspecify.annotations.NullMarked
package io.serviceculture.aobridge;
