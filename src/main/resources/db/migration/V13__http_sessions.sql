-- Several instances (issue #7), part two.
--
-- 1. Page sessions in PostgreSQL (Spring Session JDBC), so that a person signed in on one instance is signed in on
-- all of them. The tables are Spring Session 4.1's own, as its schema-postgresql.sql (in spring-session-jdbc.jar)
-- creates them: its repository writes exactly these names and columns (spring.session.jdbc.initialize-schema=never,
-- Flyway owns the schema). Times are epoch milliseconds. An attribute is a serialized Java object (the signed-in
-- account without its password hash, the CSRF token, a flash message); a session whose account changed ends by
-- account.StaleSessions as before. Expired rows are deleted every minute by each instance (a DELETE by expiry_time,
-- harmless when two instances run it at once).
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- 2. An import runs on one instance: the one holding its lease. The instance that accepted the upload takes the
-- lease with the job and renews it while the job is queued or running (every chunk it commits, and a heartbeat);
-- each chunk commits only while the lease is still its own. A job whose lease expired (its instance stopped or
-- died) is claimed by whichever instance looks first (UPDATE ... FOR UPDATE SKIP LOCKED ... RETURNING) and
-- resumes there after its last committed chunk. Times are the database's own, so instances' clocks need not agree.
-- Jobs unfinished before this version have no lease, and are claimed at once. The partial index
-- import_job_unfinished_idx (V7) serves both the claim and the renewal.
alter table import_job
    add column lease_owner varchar(100),
    add column lease_until timestamptz;
