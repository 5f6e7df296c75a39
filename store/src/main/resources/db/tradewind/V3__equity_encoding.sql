-- The equity curve's column BLOBs get an encoding: 0 is V1's 8 bytes per value (rows written before V3 keep it), 1 the
-- compact XOR / delta-of-delta form (store/src/main/java/dev/tradewind/store/Packed.java) written since. Same SQL on
-- SQLite and PostgreSQL.

ALTER TABLE equity ADD COLUMN encoding INTEGER NOT NULL DEFAULT 0;
