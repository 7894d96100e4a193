-- Schema version 7: indexes, no table changes. The Due page (待办事项) reads every audit's
-- schedule on each start; and a foreign key without an index makes every lookup of what
-- refers to a record (the review that supersedes a review, the contract that amends a
-- contract, the event that reverses an event, the audits that name a shift …) a scan of
-- the whole table, once per record of a list: the Reviews page of 20,000 clients took
-- minutes to open.

-- Every column a window needs: the Due page reads the audits from this index alone,
-- without the audit rows (their controls and notes are most of the table).
CREATE INDEX audits_schedule ON audits (programme_id, status, kind, planned_start, planned_end, actual_start, actual_end);

CREATE INDEX application_reviews_supersedes ON application_reviews (supersedes_id);
CREATE INDEX contracts_amends ON contracts (amends_id);
CREATE INDEX contracts_review ON contracts (review_id);
CREATE INDEX certificate_events_reverses ON certificate_events (reverses);
CREATE INDEX audit_shifts_shift ON audit_shifts (shift_id);
CREATE INDEX audit_services_service ON audit_services (service_id);
CREATE INDEX audit_sites_site ON audit_sites (site_id);
CREATE INDEX application_documents_attachment ON application_documents (attachment_id);
CREATE INDEX application_documents_legal_entity ON application_documents (legal_entity_id);
CREATE INDEX application_scope_classes_class ON application_scope_classes (scope_class_code);
CREATE INDEX audit_findings_verifier ON audit_findings (verified_by);
CREATE INDEX decisions_decider ON decisions (decided_by);
