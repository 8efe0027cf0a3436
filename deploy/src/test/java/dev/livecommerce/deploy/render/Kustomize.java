package dev.livecommerce.deploy.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization directory as {@code kubectl kustomize} would, for the part of kustomize this repository
 * uses, so the build can check the manifests SREs apply without kubectl or a cluster.
 *
 * <p>Supported fields: {@code resources} (YAML files, and directories holding their own kustomization, rendered
 * recursively), {@code patches} (strategic-merge patches given by {@code path}, see {@link StrategicMerge}),
 * {@code namespace}, {@code replicas} and {@code images}; they apply in kustomize's order: patches, namespace,
 * replicas, images. Any other field, or any other option of these fields, fails the render: silently skipping a
 * feature would let the checks pass on output that differs from what {@code kubectl apply -k} creates.
 *
 * <p>Stricter than kustomize on purpose: an {@code images} or {@code replicas} entry that matches nothing fails
 * (kustomize ignores it, hiding a typo in a release).
 */
public final class Kustomize {

    private static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml",
            "Kustomization");
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "namespace",
            "replicas", "images");
    private static final Set<String> PATCH_FIELDS = Set.of("path");
    private static final Set<String> REPLICAS_FIELDS = Set.of("name", "count");
    private static final Set<String> IMAGES_FIELDS = Set.of("name", "newName", "newTag", "digest");
    private static final Set<String> SCALABLE_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet");
    private static final Set<String> CLUSTER_SCOPED_KINDS = Set.of("Namespace", "ClusterRole",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    /** Kinds whose body names namespaces that kustomize's namespace transformer rewrites too. */
    private static final Set<String> NAMESPACE_REFERENCING_KINDS = Set.of("RoleBinding", "ClusterRoleBinding",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService");

    private Kustomize() {
    }

    /** The resources the kustomization in this directory produces, in the order they were declared. */
    public static List<ObjectNode> render(Path directory) {
        return render(directory.toAbsolutePath().normalize(), new ArrayDeque<>());
    }

    private static List<ObjectNode> render(Path directory, Deque<Path> rendering) {
        if (rendering.contains(directory)) {
            throw new RenderException("resources form a cycle through " + directory);
        }
        rendering.push(directory);
        Path file = kustomizationFile(directory);
        JsonNode kustomization = Yaml.readOne(file);
        requireOnly(kustomization, FIELDS, file, "kustomization field");
        if (!kustomization.path("kind").asText("Kustomization").equals("Kustomization")) {
            throw new RenderException(file + ": only kind Kustomization is supported, not "
                    + kustomization.path("kind").asText());
        }

        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : list(kustomization, "resources", file)) {
            resources.addAll(load(directory, text(entry, file, "resources entry"), file, rendering));
        }
        requireUniqueIds(resources, file);
        for (JsonNode entry : list(kustomization, "patches", file)) {
            requireOnly(entry, PATCH_FIELDS, file, "patches option");
            applyPatches(resources, inside(directory, text(entry.path("path"), file, "patches path"), file));
        }
        if (kustomization.has("namespace")) {
            setNamespace(resources, text(kustomization.get("namespace"), file, "namespace"), file);
        }
        for (JsonNode entry : list(kustomization, "replicas", file)) {
            requireOnly(entry, REPLICAS_FIELDS, file, "replicas option");
            setReplicas(resources, entry, file);
        }
        for (JsonNode entry : list(kustomization, "images", file)) {
            requireOnly(entry, IMAGES_FIELDS, file, "images option");
            setImages(resources, ImageOverride.of(entry, file), file);
        }
        rendering.pop();
        return resources;
    }

    private static Path kustomizationFile(Path directory) {
        return FILE_NAMES.stream().map(directory::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new RenderException(directory + " has no kustomization file"));
    }

    private static List<ObjectNode> load(Path directory, String entry, Path file, Deque<Path> rendering) {
        if (entry.contains("://") || entry.startsWith("github.com/")) {
            throw new RenderException(file + ": remote resource " + entry + " is not supported");
        }
        Path target = directory.resolve(entry).normalize();
        if (Files.isDirectory(target)) {
            return render(target, rendering);
        }
        Path resourceFile = inside(directory, entry, file);
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode document : Yaml.readAll(resourceFile)) {
            if (document.has("items") && document.path("kind").asText().endsWith("List")) {
                throw new RenderException(resourceFile + ": a " + document.path("kind").asText()
                        + " is not supported, write its items as separate documents");
            }
            resources.add(requireIdentity(document, resourceFile));
        }
        return resources;
    }

    /** Like kustomize, a kustomization reads files only from its own directory tree. */
    private static Path inside(Path directory, String entry, Path file) {
        Path target = directory.resolve(entry).normalize();
        if (!target.startsWith(directory)) {
            throw new RenderException(file + ": " + entry + " is outside " + directory);
        }
        if (!Files.isRegularFile(target)) {
            throw new RenderException(file + ": " + entry + " does not exist");
        }
        return target;
    }

    private static void applyPatches(List<ObjectNode> resources, Path patchFile) {
        for (JsonNode document : Yaml.readAll(patchFile)) {
            if (document.isArray()) {
                throw new RenderException(patchFile + ": JSON 6902 patches are not supported");
            }
            ObjectNode patch = requireIdentity(document, patchFile);
            List<ObjectNode> targets = resources.stream().filter(r -> patches(patch, r)).toList();
            if (targets.size() != 1) {
                throw new RenderException(patchFile + ": patch for " + id(patch) + " matches " + targets.size()
                        + " resources, expected exactly one");
            }
            StrategicMerge.apply(targets.get(0), patch, patchFile.toString());
        }
    }

    /** A patch names its target by apiVersion, kind and name, and by namespace only if it gives one. */
    private static boolean patches(ObjectNode patch, ObjectNode resource) {
        JsonNode namespace = patch.path("metadata").path("namespace");
        return patch.path("apiVersion").equals(resource.path("apiVersion"))
                && patch.path("kind").equals(resource.path("kind"))
                && patch.path("metadata").path("name").equals(resource.path("metadata").path("name"))
                && (namespace.isMissingNode() || namespace.equals(resource.path("metadata").path("namespace")));
    }

    private static void setNamespace(List<ObjectNode> resources, String namespace, Path file) {
        for (ObjectNode resource : resources) {
            String kind = resource.path("kind").asText();
            if (NAMESPACE_REFERENCING_KINDS.contains(kind)) {
                throw new RenderException(file + ": setting the namespace of a " + kind
                        + " rewrites its namespace references, which this renderer does not implement");
            }
            if (!CLUSTER_SCOPED_KINDS.contains(kind)) {
                ((ObjectNode) resource.get("metadata")).put("namespace", namespace);
            }
        }
    }

    private static void setReplicas(List<ObjectNode> resources, JsonNode entry, Path file) {
        String name = text(entry.path("name"), file, "replicas name");
        JsonNode count = entry.path("count");
        if (!count.canConvertToInt() || !count.isIntegralNumber() || count.asInt() < 0) {
            throw new RenderException(file + ": replicas count of " + name + " must be a whole number >= 0");
        }
        List<ObjectNode> targets = resources.stream()
                .filter(r -> SCALABLE_KINDS.contains(r.path("kind").asText()))
                .filter(r -> name.equals(r.path("metadata").path("name").asText()))
                .toList();
        if (targets.isEmpty()) {
            throw new RenderException(file + ": replicas entry " + name + " matches no workload");
        }
        targets.forEach(r -> r.withObjectProperty("spec").put("replicas", count.asInt()));
    }

    private static void setImages(List<ObjectNode> resources, ImageOverride override, Path file) {
        int replaced = 0;
        for (ObjectNode container : resources.stream().flatMap(r -> containersIn(r).stream()).toList()) {
            String image = container.path("image").asText(null);
            if (image != null && override.matches(image)) {
                container.put("image", override.apply(image));
                replaced++;
            }
        }
        if (replaced == 0) {
            throw new RenderException(file + ": images entry " + override.name() + " matches no container");
        }
    }

    /** Every element of a {@code containers} or {@code initContainers} list, at any depth. */
    private static List<ObjectNode> containersIn(JsonNode node) {
        List<ObjectNode> containers = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> containers.addAll(containersIn(element)));
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                boolean isContainerList = field.getKey().equals("containers")
                        || field.getKey().equals("initContainers");
                if (isContainerList && field.getValue().isArray()) {
                    field.getValue().forEach(c -> {
                        if (c.isObject()) {
                            containers.add((ObjectNode) c);
                        }
                    });
                } else {
                    containers.addAll(containersIn(field.getValue()));
                }
            });
        }
        return containers;
    }

    private static void requireUniqueIds(List<ObjectNode> resources, Path file) {
        Set<String> seen = new HashSet<>();
        for (ObjectNode resource : resources) {
            if (!seen.add(id(resource))) {
                throw new RenderException(file + ": " + id(resource) + " is declared twice");
            }
        }
    }

    private static ObjectNode requireIdentity(JsonNode document, Path file) {
        if (!document.isObject() || !document.path("apiVersion").isTextual() || !document.path("kind").isTextual()
                || !document.path("metadata").path("name").isTextual()) {
            throw new RenderException(file + ": every document needs apiVersion, kind and metadata.name");
        }
        return (ObjectNode) document;
    }

    /** apiVersion, kind, namespace and name: what kustomize uses to tell resources apart. */
    static String id(JsonNode resource) {
        return resource.path("metadata").path("namespace").asText("") + " " + resource.path("apiVersion").asText()
                + " " + resource.path("kind").asText() + " " + resource.path("metadata").path("name").asText();
    }

    private static void requireOnly(JsonNode node, Set<String> supported, Path file, String what) {
        if (!node.isObject()) {
            throw new RenderException(file + ": expected a mapping for " + what);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!supported.contains(name)) {
                throw new RenderException(file + ": " + what + " '" + name
                        + "' is not supported by this renderer; supported: " + supported);
            }
        });
    }

    private static JsonNode list(JsonNode kustomization, String field, Path file) {
        JsonNode value = kustomization.path(field);
        if (!value.isMissingNode() && !value.isArray()) {
            throw new RenderException(file + ": " + field + " must be a list");
        }
        return value;
    }

    private static String text(JsonNode node, Path file, String what) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new RenderException(file + ": " + what + " must be a non-empty string");
        }
        return node.asText();
    }
}
