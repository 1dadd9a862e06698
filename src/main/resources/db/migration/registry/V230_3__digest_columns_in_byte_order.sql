-- The blind index and the phone index are hex digests, compared only for equality: under the "C" collation their
-- unique index is built (e.g. after a bulk load) and searched by byte order instead of the locale's string rules.
alter table registry.person
    alter column id_number_index type char(64) collate "C",
    alter column phone_index type char(64) collate "C";
