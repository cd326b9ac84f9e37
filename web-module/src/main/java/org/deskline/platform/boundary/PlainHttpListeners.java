package org.deskline.platform.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Which plain-HTTP listeners of a Payara domain.xml accept connections from other machines: enabled listeners
 * whose protocol is not TLS and whose address is not a loopback one. HTTP Basic credentials (API clients) and the
 * console's sign-in travel in clear text through them.
 */
final class PlainHttpListeners {

    private PlainHttpListeners() {
    }

    /** "name address:port" of each exposed plain listener, in the order of the file. */
    static List<String> exposed(InputStream domainXml) throws IOException {
        Document doc = parse(domainXml);
        Set<String> tls = new HashSet<>();
        NodeList protocols = doc.getElementsByTagName("protocol");
        for (int i = 0; i < protocols.getLength(); i++) {
            Element p = (Element) protocols.item(i);
            if (Boolean.parseBoolean(p.getAttribute("security-enabled"))) {
                tls.add(p.getAttribute("name"));
            }
        }
        List<String> exposed = new ArrayList<>();
        NodeList listeners = doc.getElementsByTagName("network-listener");
        for (int i = 0; i < listeners.getLength(); i++) {
            Element l = (Element) listeners.item(i);
            boolean enabled = !"false".equalsIgnoreCase(l.getAttribute("enabled"));
            String protocol = l.getAttribute("protocol");
            // admin-listener and the like serve no application; only HTTP listeners carry our credentials
            boolean http = protocol.startsWith("http-listener") || protocol.startsWith("https-listener");
            String address = l.getAttribute("address").isBlank() ? "0.0.0.0" : l.getAttribute("address");
            if (enabled && http && !tls.contains(protocol) && !loopback(address)) {
                exposed.add(l.getAttribute("name") + " " + address + ":" + l.getAttribute("port"));
            }
        }
        return exposed;
    }

    private static boolean loopback(String address) {
        if (address.startsWith("${")) {
            return false; // resolved at run time: assume the worst
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("domain.xml is unreadable", e);
        }
    }
}
