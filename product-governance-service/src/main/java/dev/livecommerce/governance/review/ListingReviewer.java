package dev.livecommerce.governance.review;

import java.util.List;

/**
 * Decides a listing. This first version intercepts a listing whose title carries an absolute term; the full rule
 * engine (efficacy claims, contacts, qualifications, prices, images, merchant risk) replaces it.
 */
public final class ListingReviewer {

    private final AbsoluteTermCheck absoluteTerms = new AbsoluteTermCheck();

    public ReviewDecision review(String title, String description) {
        List<Violation> violations = absoluteTerms.findIn("title", title);
        return new ReviewDecision(violations.isEmpty() ? Outcome.APPROVED : Outcome.INTERCEPTED, violations);
    }
}
