package io.serviceculture.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.runner.RunWith;

/** The core stays a pure domain that any host can run and any test can drive with a fixed clock. */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "io.serviceculture.core", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    @ArchTest
    public static final ArchRule coreKnowsNothingOfJiraOrItsPlatform = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.atlassian..",
                    "javax.servlet..",
                    "jakarta..",
                    "javax.ws.rs..",
                    "net.java.ao..",
                    "org.apache.velocity..",
                    "java.sql..",
                    "javax.sql..",
                    "org.springframework..",
                    "com.fasterxml..")
            .because("the core is the product's rules, run unchanged by Jira, the standalone host and tests");

    @ArchTest
    public static final ArchRule coreReadsTimeOnlyFromTheInjectedClock = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .because("every rule about time must be testable with a fixed Clock");

    @ArchTest
    public static final ArchRule coreUsesJavaTimeNotLegacyDates = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Date")
            .because("java.util.Date belongs only at the Active Objects edge");
}
