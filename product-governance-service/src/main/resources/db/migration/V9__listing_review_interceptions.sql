-- A review reads the merchant's record (points and interceptions in the window) from the merchant's listings'
-- intercepted decisions. Interceptions are a few percent of the decisions: without this index each review batch
-- read the whole listing_review table.
create index listing_review_intercepted on listing_review (listing_id, decided_at) where outcome = 'INTERCEPTED';
