package dev.livecommerce.deploy.render;

/** A kustomization that cannot be rendered: broken, or using a kustomize feature this renderer does not have. */
public final class RenderException extends RuntimeException {

    RenderException(String message) {
        super(message);
    }

    RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
