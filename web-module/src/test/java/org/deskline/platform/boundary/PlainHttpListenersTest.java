package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which listeners of a domain.xml expose plain HTTP to other machines (issue 15, the start-up warning). */
class PlainHttpListenersTest {

    private static List<String> exposed(String listeners) throws Exception {
        String xml = """
                <domain><configs><config name="server-config"><network-config>
                  <protocols>
                    <protocol name="http-listener"><http/></protocol>
                    <protocol security-enabled="true" name="https-listener"><http/><ssl cert-nickname="s1as"/></protocol>
                    <protocol name="admin-listener"><http/></protocol>
                  </protocols>
                  <network-listeners>%s</network-listeners>
                </network-config></config></configs></domain>""".formatted(listeners);
        return PlainHttpListeners.exposed(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void micro_default_listens_on_every_interface() throws Exception {
        assertThat(exposed("""
                <network-listener port="8080" protocol="http-listener" name="http-listener" enabled="true"/>
                <network-listener port="8443" protocol="https-listener" name="https-listener" enabled="false"/>"""))
                .containsExactly("http-listener 0.0.0.0:8080");
    }

    @Test
    void loopback_tls_disabled_and_admin_listeners_are_not_exposed() throws Exception {
        assertThat(exposed("""
                <network-listener port="8080" protocol="http-listener" name="http-listener" address="127.0.0.1"/>
                <network-listener port="8081" protocol="http-listener" name="v6" address="::1"/>
                <network-listener port="8443" protocol="https-listener" name="https-listener" enabled="true"/>
                <network-listener port="8082" protocol="http-listener" name="off" enabled="false"/>
                <network-listener port="4848" protocol="admin-listener" name="admin-listener"/>""")).isEmpty();
    }

    @Test
    void a_specific_or_unresolved_address_counts_as_exposed() throws Exception {
        assertThat(exposed("""
                <network-listener port="8080" protocol="http-listener" name="lan" address="10.1.2.3"/>
                <network-listener port="8081" protocol="http-listener" name="prop" address="${HTTP_ADDRESS}"/>"""))
                .containsExactly("lan 10.1.2.3:8080", "prop ${HTTP_ADDRESS}:8081");
    }
}
