-- The registry's portfolio-wide settings (cash, costs, fill, compliance, schedule, zone) as one JSON document, so a
-- portfolio registered from a config runs from the store exactly as from the file.
CREATE TABLE registry_settings (
    name       TEXT PRIMARY KEY,
    settings   TEXT NOT NULL,
    updated_ns BIGINT NOT NULL
);
