-- Named chargeback rules a contract account saves to split shared costs the same way each period.
CREATE TABLE ent_chargeback_rule (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40)  NOT NULL,
    account_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    basis      VARCHAR(20)  NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_ent_chargeback_rule_name UNIQUE (tenant_id, account_id, name)
);

-- A fixed-percentage rule's share per department ('(untagged)' for sites without one).
CREATE TABLE ent_chargeback_rule_share (
    rule_id    BIGINT        NOT NULL,
    department VARCHAR(100)  NOT NULL,
    percentage DECIMAL(7,4)  NOT NULL,
    PRIMARY KEY (rule_id, department),
    CONSTRAINT fk_ent_chargeback_rule_share_rule FOREIGN KEY (rule_id) REFERENCES ent_chargeback_rule (id)
);
