package dev.livecommerce.deploy.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * Strategic-merge patch, as kustomize applies it to a resource.
 *
 * <p>Maps merge recursively and a {@code null} in the patch deletes the key. Lists of a built-in kind merge element
 * by element on the merge key the Kubernetes API declares for them ({@link #MERGE_KEYS}); patched and new elements
 * come first in patch order, the untouched ones after, as kustomize orders them. Every other list is replaced
 * whole: the atomic lists of built-in kinds ({@code args}, Ingress {@code rules}, ...) and all lists of custom
 * resources, whose schema kustomize does not know.
 */
final class StrategicMerge {

    /** Merge keys of the built-in lists this subset merges. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath");

    /** Built-in lists that have a merge key this subset does not implement: replacing them would be wrong. */
    private static final Set<String> UNSUPPORTED_MERGE_LISTS = Set.of(
            "ports", "imagePullSecrets", "topologySpreadConstraints", "hostAliases", "ephemeralContainers",
            "finalizers", "ownerReferences");

    private StrategicMerge() {
    }

    /** Applies the patch to the target in place. */
    static void apply(ObjectNode target, ObjectNode patch, String source) {
        mergeObjects(target, patch, isBuiltIn(target.path("apiVersion").asText()), source, "");
    }

    /** Built-in API groups are the core group (no group), the un-dotted ones (apps, batch, ...) and *.k8s.io. */
    static boolean isBuiltIn(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static void mergeObjects(ObjectNode target, ObjectNode patch, boolean builtIn, String source, String at) {
        for (Entry<String, JsonNode> field : patch.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String path = at + "/" + key;
            if (key.startsWith("$")) {
                throw new RenderException(source + ": patch directive " + path + " is not supported");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                mergeObjects((ObjectNode) current, (ObjectNode) value, builtIn, source, path);
            } else if (value.isArray() && builtIn && MERGE_KEYS.containsKey(key) && current != null
                    && current.isArray()) {
                target.set(key, mergeLists((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(key), source, path));
            } else if (value.isArray() && builtIn && UNSUPPORTED_MERGE_LISTS.contains(key)) {
                throw new RenderException(source + ": patching the list " + path
                        + " needs its strategic merge key, which this renderer does not implement");
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static ArrayNode mergeLists(ArrayNode current, ArrayNode patch, String mergeKey, String source,
            String at) {
        List<JsonNode> untouched = new ArrayList<>();
        current.forEach(untouched::add);
        ArrayNode merged = current.arrayNode();
        for (JsonNode patchElement : patch) {
            String key = patchElement.path(mergeKey).asText(null);
            if (!patchElement.isObject() || key == null) {
                throw new RenderException(source + ": every element of " + at + " needs its merge key " + mergeKey);
            }
            JsonNode match = untouched.stream().filter(e -> key.equals(e.path(mergeKey).asText(null))).findFirst()
                    .orElse(null);
            if (match == null) {
                merged.add(patchElement.deepCopy());
            } else {
                untouched.remove(match);
                ObjectNode element = (ObjectNode) match.deepCopy();
                mergeObjects(element, (ObjectNode) patchElement, true, source, at + "[" + key + "]");
                merged.add(element);
            }
        }
        untouched.forEach(merged::add);
        return merged;
    }
}
