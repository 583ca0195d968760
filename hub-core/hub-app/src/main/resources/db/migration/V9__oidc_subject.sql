-- OIDC sign-in: the provider (issuer) and the provider's id of the person (subject) that first
-- signed in to an account there. Later OIDC sign-ins to the account must come from the same
-- person, even if the provider hands the email address to someone else. Empty until the first
-- OIDC sign-in, and again after an administrator unlinks it. The same SQL runs on H2 and PostgreSQL.
alter table hub_user add column oidc_issuer varchar(1000);
alter table hub_user add column oidc_subject varchar(255);
