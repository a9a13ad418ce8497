package io.serviceculture.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SpringScannerIndexProcessorTest {

    /** Stand-ins for the real annotations, which the processor recognises by name only. */
    private static final Map<String, String> ANNOTATIONS = Map.of(
            "javax/inject/Named.java",
            "package javax.inject; public @interface Named { String value() default \"\"; }",
            "org/springframework/stereotype/Component.java",
            "package org.springframework.stereotype; public @interface Component { String value() default \"\"; }",
            "com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.java",
            "package com.atlassian.plugin.spring.scanner.annotation.imports;"
                    + " public @interface ComponentImport { String value() default \"\"; }",
            "com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.java",
            "package com.atlassian.plugin.spring.scanner.annotation.export;"
                    + " public @interface ExportAsService { Class<?>[] value() default {}; }",
            "host/UserManager.java",
            "package host; public interface UserManager {}",
            "host/IssueManager.java",
            "package host; public interface IssueManager {}",
            "host/Clock.java",
            "package host; public class Clock {}");

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void listsNamedAndComponentClassesWithTheirBeanNames() throws IOException {
        Compilation result = compile(Map.of(
                "app/Zeta.java", "package app; @javax.inject.Named public class Zeta {}",
                "app/Alpha.java", "package app; @javax.inject.Named(\"alphaBean\") public class Alpha {}",
                "app/Spring.java", "package app; @org.springframework.stereotype.Component public class Spring {}",
                "app/Outer.java",
                        "package app; public class Outer { @javax.inject.Named public static class Inner {} }"));

        assertThat(result.succeeded).isTrue();
        assertThat(result.index("component")).isEqualTo("app.Alpha#alphaBean\napp.Outer$Inner\napp.Spring\napp.Zeta\n");
    }

    @Test
    public void ignoresNamedUsedAsAQualifierOnAParameter() throws IOException {
        Compilation result = compile(Map.of(
                "app/Service.java",
                "package app; @javax.inject.Named public class Service {"
                        + " @javax.inject.Inject public Service(@javax.inject.Named(\"clock\") Object clock) {} }",
                "javax/inject/Inject.java",
                "package javax.inject; public @interface Inject {}"));

        assertThat(result.succeeded).isTrue();
        assertThat(result.index("component")).isEqualTo("app.Service\n");
    }

    @Test
    public void listsImportedInterfacesFromFieldsAndConstructorParametersOnce() throws IOException {
        Compilation result = compile(Map.of(
                "app/Imports.java",
                "package app; import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;"
                        + " @javax.inject.Named public class Imports {"
                        + " @ComponentImport(\"salUserManager\") host.UserManager users;"
                        + " @ComponentImport host.IssueManager issues; }",
                "app/Panel.java",
                "package app; import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;"
                        + " public class Panel { public Panel(@ComponentImport host.IssueManager issues) {} }"));

        assertThat(result.succeeded).isTrue();
        assertThat(result.index("imports")).isEqualTo("host.IssueManager\nhost.UserManager#salUserManager\n");
    }

    @Test
    public void listsExportsWithTheirInterfaces() throws IOException {
        Compilation result = compile(Map.of(
                "app/Api.java",
                "package app; public interface Api {}",
                "app/Other.java",
                "package app; public interface Other {}",
                "app/Impl.java",
                "package app; @javax.inject.Named"
                        + " @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService({Api.class, Other.class})"
                        + " public class Impl implements Api, Other {}",
                "app/Plain.java",
                "package app; @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService"
                        + " public class Plain implements Api {}"));

        assertThat(result.succeeded).isTrue();
        assertThat(result.index("exports")).isEqualTo("app.Impl#app.Api,app.Other\napp.Plain\n");
    }

    @Test
    public void writesEmptyFilesWhenNothingIsAnnotated() throws IOException {
        Compilation result =
                compile(Map.of("app/Plain.java", "package app; @javax.inject.Named public class Plain {}"));

        assertThat(result.succeeded).isTrue();
        assertThat(result.index("imports")).isEmpty();
        assertThat(result.index("exports")).isEmpty();
    }

    @Test
    public void rejectsImportingAClass() throws IOException {
        Compilation result = compile(
                Map.of(
                        "app/Bad.java",
                        "package app; public class Bad {"
                                + " @com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport host.Clock clock; }"));

        assertThat(result.succeeded).isFalse();
        assertThat(result.diagnostics).contains("needs an interface type");
    }

    @Test
    public void rejectsAnInterfaceThatIsBothImportedAndExported() throws IOException {
        Compilation result = compile(
                Map.of(
                        "app/Bad.java",
                        "package app; @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(host.UserManager.class)"
                                + " public class Bad implements host.UserManager {"
                                + " @com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport host.UserManager users; }"));

        assertThat(result.succeeded).isFalse();
        assertThat(result.diagnostics).contains("host.UserManager is both imported and exported");
    }

    private Compilation compile(Map<String, String> sources) throws IOException {
        Path src = temp.newFolder("src").toPath();
        Path out = temp.newFolder("out").toPath();
        List<Path> files = new ArrayList<>();
        Map<String, String> all = new java.util.HashMap<>(ANNOTATIONS);
        all.putAll(sources);
        for (Map.Entry<String, String> source : all.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = compiler.getTask(
                    log,
                    fileManager,
                    diagnostics,
                    List.of("-d", out.toString(), "-proc:only"),
                    null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new SpringScannerIndexProcessor()));
            boolean succeeded = task.call();
            StringBuilder messages = new StringBuilder(log.toString());
            diagnostics.getDiagnostics().forEach(d -> messages.append(d.getMessage(null))
                    .append('\n'));
            return new Compilation(succeeded, messages.toString(), out);
        }
    }

    private record Compilation(boolean succeeded, String diagnostics, Path out) {
        String index(String file) throws IOException {
            return Files.readString(out.resolve(SpringScannerIndexProcessor.INDEX_DIR + file), StandardCharsets.UTF_8);
        }
    }
}
