package dev.livecommerce.deploy.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * One {@code images} entry: containers whose image name (without tag or digest) equals {@code name} get the new
 * name, tag or digest. A new tag drops the old digest and a new digest drops the old tag, as in kustomize.
 */
record ImageOverride(String name, String newName, String newTag, String digest) {

    static ImageOverride of(JsonNode entry, Path file) {
        ImageOverride override = new ImageOverride(entry.path("name").asText(null),
                entry.path("newName").asText(null), entry.path("newTag").asText(null),
                entry.path("digest").asText(null));
        if (override.name == null || (override.newName == null && override.newTag == null
                && override.digest == null)) {
            throw new RenderException(file + ": an images entry needs name and one of newName, newTag, digest");
        }
        return override;
    }

    boolean matches(String image) {
        return name.equals(Image.parse(image).name());
    }

    String apply(String image) {
        Image current = Image.parse(image);
        String tag = current.tag();
        String currentDigest = current.digest();
        if (newTag != null) {
            tag = newTag;
            currentDigest = digest;
        } else if (digest != null) {
            tag = null;
            currentDigest = digest;
        }
        return (newName != null ? newName : current.name()) + (tag != null ? ":" + tag : "")
                + (currentDigest != null ? "@" + currentDigest : "");
    }

    /** An image reference split into name, tag and digest; a registry port is part of the name. */
    record Image(String name, String tag, String digest) {

        static Image parse(String reference) {
            String rest = reference;
            String digest = null;
            int at = rest.indexOf('@');
            if (at >= 0) {
                digest = rest.substring(at + 1);
                rest = rest.substring(0, at);
            }
            int colon = rest.lastIndexOf(':');
            if (colon > rest.lastIndexOf('/')) {
                return new Image(rest.substring(0, colon), rest.substring(colon + 1), digest);
            }
            return new Image(rest, null, digest);
        }
    }
}
