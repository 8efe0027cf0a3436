package dev.livecommerce.deploy.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads YAML files the way kustomize does: several documents per file, a duplicate key is an error. */
public final class Yaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Yaml() {
    }

    /** Every non-empty document of the file, in order; a document that is a list stays one list. */
    public static List<JsonNode> readAll(Path file) {
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            while (parser.nextToken() != null) {
                JsonNode document = MAPPER.readTree(parser);
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new RenderException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's only document. */
    public static JsonNode readOne(Path file) {
        List<JsonNode> documents = readAll(file);
        if (documents.size() != 1) {
            throw new RenderException(file + ": expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }
}
