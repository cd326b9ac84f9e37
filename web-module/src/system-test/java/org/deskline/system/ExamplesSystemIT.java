package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/examples/ (issue 15): one ready request per operation of every service, as SoapUI and curl users copy
 * them. Each is posted as it is, to the endpoint and as the client its first line names. The ids in them are the
 * fresh demo's, so on this shared server an id may be missing or a ticket in another state: a business deskFault
 * is accepted, never a schema refusal or a client error. Requests that need no id must succeed.
 */
class ExamplesSystemIT {

    private static final Path EXAMPLES = Path.of(System.getProperty("desk.repository", "../"), "docs/examples");
    private static final Pattern HEADER = Pattern.compile("<!-- POST (/ws/\\w+) as ([\\w-]+):([\\w-]+) -->");
    private static final Pattern OPERATION = Pattern.compile("<soap:Body>\\s*<\\w+:(\\w+)");
    private static final Set<String> NEED_NO_ID = Set.of("getPlan", "getCalendar", "getComplianceReport",
            "findTickets", "getSubscriptions", "getPlans", "getHoursBalance", "listDisputes", "getStatement",
            "listInvoices", "getBackupViolations", "getPruningList", "reportBackup", "searchArticles", "listCategories",
            "suggestArticles");

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void the_example_is_a_valid_request_the_server_answers(Path example) throws Exception {
        String request = Files.readString(example);
        Matcher header = HEADER.matcher(request);
        assertThat(header.lookingAt()).as("first line says where to post and as whom").isTrue();
        Matcher operation = OPERATION.matcher(request);
        assertThat(operation.find()).isTrue();
        String op = operation.group(1);

        Soap.Response r = Soap.post(Soap.http(), Soap.BASE + header.group(1), request,
                header.group(2), header.group(3));
        if (r.status() == 200) {
            assertThat(r.body()).containsPattern("<(\\w+:)?" + op + "Response[ >]");
            return;
        }
        assertThat(NEED_NO_ID).as(op + " needs no id and must succeed: " + r.body()).doesNotContain(op);
        assertThat(r.status()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).as("a deskFault").contains("deskFault");
        assertThat(Soap.element(r.body(), "code")).isIn(List.of("NOT_FOUND", "ILLEGAL_TRANSITION", "DUPLICATE",
                "LIMIT_EXCEEDED", "VALIDATION"));
        assertThat(Soap.element(r.body(), "rule")).as("not refused by the schema: " + r.body()).isNotEqualTo("schema");
    }

    @org.junit.jupiter.api.Test
    void every_operation_of_every_service_has_an_example() throws Exception {
        Set<String> covered = new java.util.TreeSet<>();
        for (Path example : examples().toList()) {
            Matcher m = OPERATION.matcher(Files.readString(example));
            m.find();
            covered.add(m.group(1));
        }
        for (String service : List.of("tickets", "subscriptions", "backups", "knowledge")) {
            String wsdl = Soap.http().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Soap.BASE + "/ws/" + service + "?wsdl")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            Matcher ops = Pattern.compile("<operation name=\"(\\w+)\"").matcher(wsdl);
            while (ops.find()) {
                assertThat(covered).as(service + " operation without an example").contains(ops.group(1));
            }
        }
    }
}
