package io.serviceculture.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "io.serviceculture.plugin", importOptions = ImportOption.DoNotIncludeTests.class)
public class PluginArchitectureTest {

    @ArchTest
    public static final ArchRule entitiesLiveInPersistence = classes()
            .that()
            .haveSimpleNameEndingWith("AO")
            .should()
            .resideInAPackage("..persistence..")
            .allowEmptyShould(true)
            .because("Active Objects entities are a storage detail of each feature's persistence adapter");

    @ArchTest
    public static final ArchRule entitiesNeverLeavePersistence = noClasses()
            .that()
            .resideOutsideOfPackage("..persistence..")
            // it only declares the import of the ActiveObjects service, for the persistence adapters
            .and()
            .doNotHaveFullyQualifiedName(ComponentImports.class.getName())
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("AO")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
            .because("only persistence adapters talk to Active Objects; the rest sees core records");

    @ArchTest
    public static final ArchRule datesOnlyAtTheStorageEdge = noClasses()
            .that()
            .resideOutsideOfPackage("..persistence..")
            .and()
            .doNotHaveFullyQualifiedName("io.serviceculture.plugin.standards.JiraIssueHistory")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Date")
            .because("time is java.time everywhere but at the Active Objects edge and where Jira's API hands out a"
                    + " Date (a comment's creation), which the issue history adapter converts at once");
}
