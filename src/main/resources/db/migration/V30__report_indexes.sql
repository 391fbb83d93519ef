-- Indexes for the programme figures (issue 10, docs/adr/0021): each figure reads the open cases of a pathway, the
-- contracts and reviews of a case, the orders and reviews of a year, without scanning whole tables at a landlord's
-- scale (10,000 cases, 50,000 reviews).
CREATE INDEX ix_case_pathway_closed ON pathway_case (pathway, closed_at);
CREATE INDEX ix_case_territory ON pathway_case (territory_code);
CREATE INDEX ix_case_partner ON pathway_case (partner_code);
CREATE INDEX ix_case_process_instance ON pathway_case (process_instance_id);
CREATE INDEX ix_contract_case_start ON occupancy_contract (case_reference, start_date);
CREATE INDEX ix_contract_end ON occupancy_contract (end_date);
CREATE INDEX ix_evaluation_case_date ON evaluation (case_reference, evaluated_on);
CREATE INDEX ix_evaluation_date ON evaluation (evaluated_on);
CREATE INDEX ix_order_year ON purchase_order (budget_year, status);
