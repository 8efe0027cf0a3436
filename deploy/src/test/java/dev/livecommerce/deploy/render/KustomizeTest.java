package dev.livecommerce.deploy.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The renderer against small kustomizations. The expected outputs are what {@code kubectl kustomize} (kustomize
 * v5.5) prints for the same input.
 */
class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: shop
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: shop
                      image: registry.example:5000/team/shop:1.0
                      args: [a, b]
                      env:
                        - name: X
                          value: "1"
                        - name: Y
                          value: "2"
                      ports:
                        - name: http
                          containerPort: 8080
                    - name: sidecar
                      image: busybox
            """;
    private static final String CUSTOM_RESOURCE = """
            apiVersion: example.io/v1
            kind: Widget
            metadata:
              name: widget
            spec:
              roles:
                - name: a
                  size: 1
                - name: b
                  size: 2
            """;

    @TempDir
    Path root;

    @Test
    void rendersFilesAndNestedKustomizationsInDeclarationOrder() {
        write("base/kustomization.yaml", "resources: [workload.yaml, extra]");
        write("base/workload.yaml", DEPLOYMENT + "---\n" + CUSTOM_RESOURCE);
        write("base/extra/kustomization.yaml", "resources: [config.yaml]");
        write("base/extra/config.yaml", "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: config}\n");

        List<ObjectNode> rendered = Kustomize.render(root.resolve("base"));

        assertEquals(List.of("Deployment/shop", "Widget/widget", "ConfigMap/config"),
                rendered.stream().map(r -> r.path("kind").asText() + "/" + r.path("metadata").path("name").asText())
                        .toList());
    }

    @Test
    void mergesPatchedMapsRecursivelyAndDeletesKeysSetToNull() {
        write("kustomization.yaml", "resources: [config.yaml]\npatches:\n  - path: patch.yaml");
        write("config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: config, labels: {team: shop}}
                data: {KEEP: k, CHANGE: old, DROP: d}
                """);
        write("patch.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: config, labels: {tier: backend}}
                data: {CHANGE: new, DROP: null, ADD: a}
                """);

        JsonNode config = Kustomize.render(root).get(0);

        assertEquals(yaml("{team: shop, tier: backend}"), config.path("metadata").path("labels"));
        assertEquals(yaml("{KEEP: k, CHANGE: new, ADD: a}"), config.path("data"));
    }

    @Test
    void mergesContainersAndEnvByNameAndReplacesAtomicLists() {
        write("kustomization.yaml", "resources: [deployment.yaml]\npatches:\n  - path: patch.yaml");
        write("deployment.yaml", DEPLOYMENT);
        write("patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: shop}
                spec:
                  template:
                    spec:
                      containers:
                        - name: shop
                          args: [z]
                          env:
                            - {name: Z, value: "3"}
                            - {name: X, value: "9"}
                """);

        JsonNode containers = Kustomize.render(root).get(0).path("spec").path("template").path("spec")
                .path("containers");

        assertEquals(2, containers.size(), "the sidecar stays");
        JsonNode shop = containers.get(0);
        assertEquals(yaml("[z]"), shop.path("args"));
        assertEquals(yaml("[{name: Z, value: '3'}, {name: X, value: '9'}, {name: Y, value: '2'}]"), shop.path("env"),
                "patched and new elements first, in patch order, then the untouched ones");
        assertEquals("registry.example:5000/team/shop:1.0", shop.path("image").asText());
    }

    @Test
    void replacesListsOfCustomResourcesWhole() {
        write("kustomization.yaml", "resources: [widget.yaml]\npatches:\n  - path: patch.yaml");
        write("widget.yaml", CUSTOM_RESOURCE);
        write("patch.yaml", "apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: widget}\n"
                + "spec: {roles: [{name: b, size: 5}]}");

        assertEquals(yaml("[{name: b, size: 5}]"), Kustomize.render(root).get(0).path("spec").path("roles"));
    }

    @Test
    void setsNamespaceReplicasAndImagesAfterTheBaseIsRendered() {
        write("base/kustomization.yaml", "resources: [deployment.yaml]");
        write("base/deployment.yaml", DEPLOYMENT);
        write("overlay/kustomization.yaml", """
                namespace: shop-prod
                resources: [../base]
                replicas:
                  - {name: shop, count: 4}
                images:
                  - {name: registry.example:5000/team/shop, newTag: "2.0"}
                  - {name: busybox, newName: ghcr.io/example/busybox, digest: "sha256:abc"}
                """);

        JsonNode deployment = Kustomize.render(root.resolve("overlay")).get(0);

        assertEquals("shop-prod", deployment.path("metadata").path("namespace").asText());
        assertEquals(4, deployment.path("spec").path("replicas").asInt());
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertEquals("registry.example:5000/team/shop:2.0", containers.get(0).path("image").asText());
        assertEquals("ghcr.io/example/busybox@sha256:abc", containers.get(1).path("image").asText());
    }

    @Test
    void replacingTheTagDropsTheDigestAndTheOtherWayRound() {
        ImageOverride newTag = new ImageOverride("shop", null, "2.0", null);
        ImageOverride newDigest = new ImageOverride("shop", null, null, "sha256:def");

        assertEquals("shop:2.0", newTag.apply("shop:1.0@sha256:abc"));
        assertEquals("shop@sha256:def", newDigest.apply("shop:1.0"));
        assertTrue(newTag.matches("shop@sha256:abc"));
        assertFalse(newTag.matches("shopping:1.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"configMapGenerator: [{name: x, literals: [A=b]}]", "commonLabels: {a: b}",
            "namePrefix: x-", "components: [c]", "patchesStrategicMerge: [p.yaml]", "labels: [{pairs: {a: b}}]"})
    void refusesKustomizationFieldsItDoesNotImplement(String field) {
        write("kustomization.yaml", "resources: [deployment.yaml]\n" + field);
        write("deployment.yaml", DEPLOYMENT);

        RenderException e = assertThrows(RenderException.class, () -> Kustomize.render(root));

        assertTrue(e.getMessage().contains("is not supported"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"patches: [{path: patch.yaml, target: {kind: Deployment}}]",
            "patches: [{patch: '[{op: remove, path: /spec/replicas}]'}]",
            "images: [{name: busybox, newTag: '1', tagSuffix: x}]", "kind: Component"})
    void refusesOptionsItDoesNotImplement(String field) {
        write("kustomization.yaml", "resources: [deployment.yaml]\n" + field);
        write("deployment.yaml", DEPLOYMENT);
        write("patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\nspec: {replicas: 2}");

        assertThrows(RenderException.class, () -> Kustomize.render(root));
    }

    @Test
    void refusesPatchesThatWouldNeedMoreThanThisSubset() {
        write("deployment.yaml", DEPLOYMENT);
        String header = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\n";
        List<String> patches = List.of(
                header + "spec: {template: {spec: {containers: [{name: shop, ports: [{containerPort: 9090}]}]}}}",
                header + "spec: {template: {spec: {containers: [{name: shop, $patch: delete}]}}}",
                "- {op: replace, path: /spec/replicas, value: 2}",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: typo}\nspec: {replicas: 2}");
        for (String patch : patches) {
            write("kustomization.yaml", "resources: [deployment.yaml]\npatches:\n  - path: patch.yaml");
            write("patch.yaml", patch);
            assertThrows(RenderException.class, () -> Kustomize.render(root), patch);
        }
    }

    @Test
    void refusesImagesAndReplicasEntriesThatMatchNothing() {
        write("deployment.yaml", DEPLOYMENT);
        for (String entry : List.of("images: [{name: ghcr.io/typo/shop, newTag: '2'}]",
                "replicas: [{name: typo, count: 2}]")) {
            write("kustomization.yaml", "resources: [deployment.yaml]\n" + entry);
            assertThrows(RenderException.class, () -> Kustomize.render(root), entry);
        }
    }

    @Test
    void refusesDuplicatesCyclesRemoteAndOutsideResources() {
        write("deployment.yaml", DEPLOYMENT);
        write("outside.yaml", DEPLOYMENT);
        write("a/kustomization.yaml", "resources: [../b]");
        write("b/kustomization.yaml", "resources: [../a]");
        write("dup/kustomization.yaml", "resources: [one.yaml, two.yaml]");
        write("dup/one.yaml", DEPLOYMENT);
        write("dup/two.yaml", DEPLOYMENT);
        write("remote/kustomization.yaml", "resources:\n  - https://github.com/example/repo//deploy?ref=v1");
        write("escape/kustomization.yaml", "resources: [../outside.yaml]");

        for (String directory : List.of("a", "dup", "remote", "escape")) {
            assertThrows(RenderException.class, () -> Kustomize.render(root.resolve(directory)), directory);
        }
    }

    @Test
    void refusesDuplicateKeysInYaml() {
        write("kustomization.yaml", "resources: [config.yaml]");
        write("config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {A: '1', A: '2'}");

        assertThrows(RenderException.class, () -> Kustomize.render(root));
    }

    private void write(String relativePath, String content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode yaml(String text) {
        write("expected.yaml", text);
        return Yaml.readOne(root.resolve("expected.yaml"));
    }
}
