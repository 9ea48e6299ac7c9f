-- The translation memory (README, "Translation memory"). Portable DDL: the same statements run on
-- H2 2.x and PostgreSQL; VARCHAR without a length is unbounded on both.
-- One row per generation setup (model files, generation and check settings): what the memory is keyed by.
CREATE TABLE IF NOT EXISTS NASHRA_TM_SETTINGS (
    SETTINGS_ID VARCHAR(64) NOT NULL PRIMARY KEY,
    DESCRIPTION VARCHAR NOT NULL,
    CREATED TIMESTAMP NOT NULL
);
-- One row per normalised Arabic sentence translated under a setup.
CREATE TABLE IF NOT EXISTS NASHRA_TRANSLATION_MEMORY (
    SETTINGS_ID VARCHAR(64) NOT NULL,
    SOURCE_HASH VARCHAR(64) NOT NULL,
    SOURCE VARCHAR NOT NULL,
    ENGLISH VARCHAR NOT NULL,
    FLAGS VARCHAR(400) NOT NULL,
    DETAILS VARCHAR NOT NULL,
    CONFIDENCE DOUBLE PRECISION,
    TOKENS VARCHAR NOT NULL,
    CREATED TIMESTAMP NOT NULL,
    PRIMARY KEY (SETTINGS_ID, SOURCE_HASH)
);
