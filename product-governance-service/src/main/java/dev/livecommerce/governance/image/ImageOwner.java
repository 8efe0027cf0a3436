package dev.livecommerce.governance.image;

/** The uploader of a picture. Two uploads have the same owner when both kind and id are equal. */
public record ImageOwner(OwnerKind kind, String id) {

    public static ImageOwner merchant(String merchantId) {
        return new ImageOwner(OwnerKind.MERCHANT, merchantId);
    }

    public static ImageOwner rightsHolder(String rightsHolderId) {
        return new ImageOwner(OwnerKind.RIGHTS_HOLDER, rightsHolderId);
    }
}
