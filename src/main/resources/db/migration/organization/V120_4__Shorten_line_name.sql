-- 政务服务 covers the general offices (办公厅/办公室) and the government service centres (window halls);
-- the English name says so in fewer words, so that it fits a table column on a phone.
update organization.vertical_line set name_en = 'Government services' where code = 'government-services';
