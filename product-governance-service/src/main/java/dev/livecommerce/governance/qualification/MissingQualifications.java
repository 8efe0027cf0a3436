package dev.livecommerce.governance.qualification;

import java.util.List;

import dev.livecommerce.governance.listing.Category;

/** The requirements a merchant does not meet in a category, answered from documents read beforehand. */
@FunctionalInterface
public interface MissingQualifications {

    List<Requirement> of(String merchantId, Category category);
}
