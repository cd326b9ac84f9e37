package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The published contract as a foreign SOAP stack reads it (issue 15): every WSDL and schema document a service
 * references is served by this server (integrators' networks often have no Internet access), and no operation's
 * request and response wrappers share a child name (wrapped-style generators such as CXF wsdl2java, .NET svcutil
 * and SAP proxies merge same-named parts into one in/out parameter, and refuse the WSDL when their types differ).
 */
class WsdlContractSystemIT {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Every document reachable from the service's WSDL, by URL. */
    private static Map<String, Document> documents(String service) throws Exception {
        URI base = URI.create(Soap.BASE);
        Map<String, Document> seen = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(Soap.BASE + "/ws/" + service + "?wsdl"));
        while (!todo.isEmpty()) {
            String url = todo.pop();
            if (seen.containsKey(url)) {
                continue;
            }
            URI uri = URI.create(url);
            assertThat(uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort())
                    .as("%s references %s, which is not on this server", service, url)
                    .isEqualTo(base.getScheme() + "://" + base.getHost() + ":" + base.getPort());
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
            seen.put(url, doc);
            for (String ns : List.of(XS, WSDL)) {
                for (String tag : List.of("import", "include", "redefine")) {
                    NodeList refs = doc.getElementsByTagNameNS(ns, tag);
                    for (int i = 0; i < refs.getLength(); i++) {
                        Element ref = (Element) refs.item(i);
                        for (String attribute : List.of("schemaLocation", "location")) {
                            if (ref.hasAttribute(attribute)) {
                                todo.push(uri.resolve(ref.getAttribute(attribute)).toString());
                            }
                        }
                        if (ns.equals(XS) && tag.equals("import") && !ref.hasAttribute("schemaLocation")) {
                            // an import without a location is fine only for a namespace the WSDL itself defines
                            assertThat(ref.getAttribute("namespace")).as("import in " + url)
                                    .startsWith("https://deskline.org/ns/");
                        }
                    }
                }
            }
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tickets", "subscriptions", "backups", "knowledge"})
    void every_document_a_wsdl_references_is_served_by_this_server(String service) throws Exception {
        Map<String, Document> docs = documents(service);
        assertThat(docs).hasSizeGreaterThanOrEqualTo(2);
        for (Map.Entry<String, Document> e : docs.entrySet()) {
            // the endpoint address too: a generated client posts where the WSDL says
            NodeList addresses = e.getValue().getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/",
                    "address");
            for (int i = 0; i < addresses.getLength(); i++) {
                assertThat(((Element) addresses.item(i)).getAttribute("location"))
                        .isEqualTo(Soap.BASE + "/ws/" + service);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tickets", "subscriptions", "backups", "knowledge"})
    void no_request_wrapper_shares_a_child_name_with_its_response(String service) throws Exception {
        Map<String, Element> elements = new HashMap<>();
        Map<String, Element> types = new HashMap<>();
        for (Document doc : documents(service).values()) {
            NodeList schemas = doc.getElementsByTagNameNS(XS, "schema");
            for (int s = 0; s < schemas.getLength(); s++) {
                for (Element child : children((Element) schemas.item(s))) {
                    if (child.getLocalName().equals("element")) {
                        elements.put(child.getAttribute("name"), child);
                    } else if (child.getLocalName().equals("complexType")) {
                        types.put(child.getAttribute("name"), child);
                    }
                }
            }
        }
        List<String> clashes = new ArrayList<>();
        int operations = 0;
        for (String name : elements.keySet()) {
            Element response = elements.get(name + "Response");
            if (response == null) {
                continue;
            }
            operations++;
            Set<String> in = childNames(elements.get(name), types);
            Set<String> out = childNames(response, types);
            in.retainAll(out);
            if (!in.isEmpty()) {
                clashes.add(name + " " + in);
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(4);
        assertThat(clashes).as("operations whose request and response share a child name").isEmpty();
    }

    private static Set<String> childNames(Element wrapper, Map<String, Element> types) {
        String type = wrapper.getAttribute("type");
        Element complex = types.get(type.substring(type.indexOf(':') + 1));
        Set<String> names = new HashSet<>();
        NodeList particles = complex.getElementsByTagNameNS(XS, "element");
        for (int i = 0; i < particles.getLength(); i++) {
            names.add(((Element) particles.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
