package io.serviceculture.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class HtmlTest {

    @Test
    public void escapesEveryCharacterThatCanOpenMarkupOrLeaveAnAttribute() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    public void leavesOrdinaryTextIncludingUnicodeAlone() {
        assertThat(Html.escape("Danke, Jürgen \uD83C\uDF89")).isEqualTo("Danke, Jürgen \uD83C\uDF89");
    }
}
