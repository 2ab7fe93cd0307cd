-- The reference place (places.tsv id: ISO 3166 code or GeoNames id) an entity is, when entity
-- resolution found it in the reference data: search finds the place by every name the data gives
-- it, and pages say what it is (a prefecture, a province) and how it is written in its own language.

ALTER TABLE kb_entities ADD COLUMN reference_id TEXT;
