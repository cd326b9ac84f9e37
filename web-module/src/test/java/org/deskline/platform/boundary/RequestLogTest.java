package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deskline.platform.soap.SoapCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: the request log's JSON lines and its correlation id, without a server (the text lines: OperationsSystemIT). */
class RequestLogTest {

    @TempDir
    Path data;

    @Test
    void json_lines_go_to_their_own_file_one_object_per_request_with_the_callers_id_or_a_new_one() throws Exception {
        RequestLog log = new RequestLog();
        log.format = "JSON";
        log.dataDir = data.toString();
        log.soap = new SoapCall();
        log.init();
        Map<String, String> sent = new HashMap<>();
        try {
            log.doFilter(request("GET", "/console/tickets.xhtml", "agent-7.req_1"), response(sent), (q, r) -> { });
            log.doFilter(request("POST", "/console/login.xhtml", "bad id!"), response(sent), (q, r) -> { });
            log.doFilter(request("GET", "/jakarta.faces.resource/console.css.xhtml", null), response(new HashMap<>()),
                    (q, r) -> { });
        } finally {
            log.destroy();
        }
        List<String> lines = Files.readAllLines(data.resolve("logs/requests-0.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).as("static resources are not logged").hasSize(2);
        JsonObject first = Json.createReader(new StringReader(lines.get(0))).readObject();
        assertThat(first.getString("id")).isEqualTo("agent-7.req_1");
        assertThat(first.getString("method")).isEqualTo("GET");
        assertThat(first.getString("path")).isEqualTo("/console/tickets.xhtml");
        assertThat(first.getInt("status")).isEqualTo(200);
        assertThat(first.getString("from")).isEqualTo("127.0.0.1");
        assertThat(first.containsKey("user")).as("nobody signed in").isFalse();
        assertThat(first.containsKey("operation")).as("not a SOAP call").isFalse();
        JsonObject second = Json.createReader(new StringReader(lines.get(1))).readObject();
        assertThat(second.getString("id")).as("an id that is not one is replaced").matches("[0-9a-f-]{36}");
        assertThat(sent.get(RequestLog.HEADER)).isEqualTo(second.getString("id"));
    }

    private static HttpServletRequest request(String method, String path, String requestId) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(RequestLogTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getHeader" -> RequestLog.HEADER.equals(args[0]) ? requestId : null;
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get(args[0]);
                    default -> m.getReturnType() == boolean.class ? false
                            : m.getReturnType() == int.class || m.getReturnType() == long.class ? 0 : null;
                });
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(RequestLogTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "getStatus" -> 200;
                    default -> m.getReturnType() == boolean.class ? false
                            : m.getReturnType() == int.class || m.getReturnType() == long.class ? 0 : null;
                });
    }
}
