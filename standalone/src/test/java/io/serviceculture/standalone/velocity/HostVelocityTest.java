package io.serviceculture.standalone.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;

public class HostVelocityTest {
    private static final String ALLOWED = ViewModel.class.getName() + "#getTitle()";

    private final HostVelocity velocity = new HostVelocity(
            VelocityAllowlist.of(Set.of(ALLOWED), Set.of()), getClass().getClassLoader());

    @Test
    public void findsThePluginsTemplatesOnAThreadWithAnotherContextClassLoader() throws Exception {
        // given templates that only the plugin's loader sees, as a fixture plugin's
        URL root = getClass().getClassLoader().getResource("fixture-plugin/");
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {root}, null);
                URLClassLoader elsewhere = new URLClassLoader(new URL[0], null)) {
            HostVelocity pluginVelocity = new HostVelocity(VelocityAllowlist.of(Set.of(), Set.of()), plugin);
            AtomicBoolean found = new AtomicBoolean();

            // when asked on a thread of its own, like Jira's mail queue, whose context loader knows nothing
            Thread thread = new Thread(() -> found.set(pluginVelocity.exists("templates/page.vm")));
            thread.setContextClassLoader(elsewhere);
            thread.start();
            thread.join();

            // then
            assertThat(found).isTrue();
        }
    }

    @Test
    public void callsAnAllowlistedGetter() {
        // when
        String out = velocity.renderFragment("$vm.title|$vm.getTitle()", Map.of("vm", new ViewModel()));

        // then
        assertThat(out).isEqualTo("Kudos|Kudos");
    }

    @Test
    public void blocksAMethodThatIsNotAllowlisted() {
        // given
        ViewModel vm = new ViewModel();

        // when
        String out = velocity.renderFragment("[$vm.deleteEverything()][$vm.secret]", Map.of("vm", vm));

        // then: the call never happens and the reference stays as written, as in Jira 10
        assertThat(vm.deleted).isFalse();
        assertThat(out).isEqualTo("[$vm.deleteEverything()][$vm.secret]");
    }

    @Test
    public void blocksReflectionThroughGetClass() {
        // when
        String out = velocity.renderFragment("$vm.getClass().getName()|$vm.class.name", Map.of("vm", new ViewModel()));

        // then
        assertThat(out).isEqualTo("$vm.getClass().getName()|$vm.class.name");
    }

    @Test
    public void allowsStringsNumbersListsAndMaps() {
        // when
        String out = velocity.renderFragment(
                "$s.toUpperCase() $list.size() $map.k #foreach($i in $list)$i#end",
                Map.of("s", "abc", "list", List.of(1, 2), "map", Map.of("k", "v")));

        // then
        assertThat(out).isEqualTo("ABC 2 v 12");
    }

    @Test
    public void escapesHtmlUnlessTheReferenceSaysItIsHtml() {
        // when
        String out = velocity.renderFragment(
                "$name|$nameHtml|$htmlUtil.escape($name)",
                Map.of("name", "<b>\"O'Neil\"</b>", "nameHtml", "<i>ok</i>"));

        // then
        assertThat(out)
                .isEqualTo(
                        "&lt;b&gt;&quot;O&#39;Neil&quot;&lt;/b&gt;|<i>ok</i>|&lt;b&gt;&quot;O&#39;Neil&quot;&lt;/b&gt;");
    }

    @Test
    public void letsATemplateOptOutOfEscaping() {
        // when
        String out = velocity.renderFragment("#disable_html_escaping()$name", Map.of("name", "<b>x</b>"));

        // then
        assertThat(out).isEqualTo("<b>x</b>");
    }

    @Test
    public void trustsTheHostsOwnPackages() {
        // given
        HostVelocity host = new HostVelocity(
                VelocityAllowlist.of(Set.of(), Set.of(ViewModel.class.getPackageName() + ".")),
                getClass().getClassLoader());

        // when
        String out = host.renderFragment("$vm.secret", Map.of("vm", new ViewModel()));

        // then
        assertThat(out).isEqualTo("s3cret");
    }

    /** A plugin's view model: one getter allowlisted, the rest not. */
    public static final class ViewModel {
        boolean deleted;

        public String getTitle() {
            return "Kudos";
        }

        public String getSecret() {
            return "s3cret";
        }

        public String deleteEverything() {
            deleted = true;
            return "deleted";
        }
    }
}
