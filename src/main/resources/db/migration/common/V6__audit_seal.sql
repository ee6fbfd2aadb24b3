-- The audit trail made tamper-evident (issue 21): each entry, once its transaction has committed, is
-- sealed with the next number and a hash over itself and the entry sealed before it, so altering or
-- removing any sealed entry breaks every link after it, and the check names the first. Sealed in the
-- order the entries are sealed, not by id: a long import commits its entries after shorter saves that
-- began later. The seal row is locked only for the moment of sealing. Entries made before this version are
-- sealed by the first seal after it.
ALTER TABLE audit_log ADD COLUMN seal_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN seal_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_seal_seq_ix ON audit_log (seal_seq);
CREATE TABLE audit_seal (
    id        INT PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_seal_one_ck CHECK (id = 1)
);
INSERT INTO audit_seal (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
