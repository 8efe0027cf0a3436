package dev.livecommerce.governance.image;

/** Who uploaded a picture: a merchant for its listings, or a rights holder registering an original. */
public enum OwnerKind {
    MERCHANT, RIGHTS_HOLDER
}
