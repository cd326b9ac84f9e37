package org.deskline.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The published alert schema (web-module/src/main/webapp/schemas/alert-1.schema.json), for checking documents. */
public final class AlertSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchema schema;

    private AlertSchema(JsonSchema schema) {
        this.schema = schema;
    }

    public static AlertSchema of(String schemaText) {
        return new AlertSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText));
    }

    public static AlertSchema of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new AlertSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in));
        }
    }

    /** What is wrong with the document; empty when it follows the schema. */
    public List<String> violations(String document) throws IOException {
        return schema.validate(JSON.readTree(document)).stream().map(ValidationMessage::getMessage).sorted()
                .toList();
    }
}
