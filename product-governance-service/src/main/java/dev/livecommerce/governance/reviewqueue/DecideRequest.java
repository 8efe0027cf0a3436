package dev.livecommerce.governance.reviewqueue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on the item they hold. */
public record DecideRequest(
        @Schema(description = "APPROVE: the listing goes live; INTERCEPT: blocked on the findings that queued it") @NotNull Verdict decision,
        @Schema(description = "Why, for the merchant and for appeals; 1-2000 characters", examples = "图片为商家自有拍摄，原图EXIF与店铺历史上传一致") @NotBlank @Size(max = 2000) String note) {
}
