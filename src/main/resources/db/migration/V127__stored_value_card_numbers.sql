-- Stored-value cards carry a card number: 16 digits, the last a Luhn check digit, so a mistyped
-- number is caught before anyone looks it up. New cards draw theirs at random (they start with 8);
-- cards bought before get one made of their id (starting with 9), so the two can never meet.
ALTER TABLE funding_lot ADD COLUMN card_number VARCHAR(16);
ALTER TABLE funding_lot_aud ADD COLUMN card_number VARCHAR(16);
CREATE UNIQUE INDEX ux_funding_lot_card_number ON funding_lot (card_number);

UPDATE funding_lot SET card_number = CONCAT('9', LPAD(CAST(id AS CHAR(14)), 14, '0')) WHERE kind = 'STORED_VALUE_CARD';
UPDATE funding_lot SET card_number = CONCAT(card_number, CAST(MOD(10 - MOD(
        CASE WHEN CAST(SUBSTRING(card_number, 1, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 1, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 1, 1) AS DECIMAL(2, 0)) * 2 END +
        CAST(SUBSTRING(card_number, 2, 1) AS DECIMAL(2, 0)) +
        CASE WHEN CAST(SUBSTRING(card_number, 3, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 3, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 3, 1) AS DECIMAL(2, 0)) * 2 END +
        CAST(SUBSTRING(card_number, 4, 1) AS DECIMAL(2, 0)) +
        CASE WHEN CAST(SUBSTRING(card_number, 5, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 5, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 5, 1) AS DECIMAL(2, 0)) * 2 END +
        CAST(SUBSTRING(card_number, 6, 1) AS DECIMAL(2, 0)) +
        CASE WHEN CAST(SUBSTRING(card_number, 7, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 7, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 7, 1) AS DECIMAL(2, 0)) * 2 END +
        CAST(SUBSTRING(card_number, 8, 1) AS DECIMAL(2, 0)) +
        CASE WHEN CAST(SUBSTRING(card_number, 9, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 9, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 9, 1) AS DECIMAL(2, 0)) * 2 END +
        CAST(SUBSTRING(card_number, 10, 1) AS DECIMAL(2, 0)) +
        CASE WHEN CAST(SUBSTRING(card_number, 11, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 11, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 11, 1) AS DECIMAL(2, 0)) * 2 END +
        CAST(SUBSTRING(card_number, 12, 1) AS DECIMAL(2, 0)) +
        CASE WHEN CAST(SUBSTRING(card_number, 13, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 13, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 13, 1) AS DECIMAL(2, 0)) * 2 END +
        CAST(SUBSTRING(card_number, 14, 1) AS DECIMAL(2, 0)) +
        CASE WHEN CAST(SUBSTRING(card_number, 15, 1) AS DECIMAL(2, 0)) > 4 THEN CAST(SUBSTRING(card_number, 15, 1) AS DECIMAL(2, 0)) * 2 - 9 ELSE CAST(SUBSTRING(card_number, 15, 1) AS DECIMAL(2, 0)) * 2 END, 10), 10) AS CHAR(1)))
    WHERE kind = 'STORED_VALUE_CARD';
