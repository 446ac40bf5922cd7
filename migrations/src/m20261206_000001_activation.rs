//! The activation after an approved interview and the digital key it creates: the activation
//! (its code's hash, its link's digest, its expiry and wrong codes), the key (username,
//! password hash, its second factor and sign-in counters), the one-time codes sent by email,
//! the sessions of the activation and of a signed-in key holder, and the key's sign-ins.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("activations")
                    .col(uuid("id").primary_key())
                    // The approved request it follows (none for a person imported from a list).
                    .col(uuid_null("request_id"))
                    // Who the key is for, as the interview established it.
                    .col(string_len("email", 254))
                    .col(string_len("language", 2))
                    .col(text("first_names"))
                    .col(text("last_name"))
                    .col(text("code_hash"))
                    .col(string_len_uniq("token_hash", 64))
                    .col(timestamp_with_time_zone("issued_at"))
                    .col(uuid_null("issued_by"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(integer("wrong_codes").default(0))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(uuid_null("revoked_by"))
                    .col(text_null("revoke_reason"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("activations_request")
                            .from("activations", "request_id")
                            .to("requests", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("activations_by_request", "request_id"),
            ("activations_by_expiry", "expires_at"),
            ("activations_by_use", "used_at"),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table("activations")
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("digital_keys")
                    .col(uuid("id").primary_key())
                    .col(uuid_uniq("activation_id"))
                    .col(string_len_uniq("username", 32))
                    .col(text("password_hash"))
                    // `email`, `app` or `password`.
                    .col(string_len("factor", 10))
                    // The authenticator app's secret (base32), and one being set up.
                    .col(string_len_null("totp_secret", 64))
                    .col(string_len_null("pending_totp_secret", 64))
                    .col(big_integer_null("totp_last_step"))
                    .col(string_len("email", 254))
                    .col(string_len("language", 2))
                    .col(text("first_names"))
                    .col(text("last_name"))
                    .col(timestamp_with_time_zone("created_at"))
                    // Empty until its first code proved the factor works.
                    .col(timestamp_with_time_zone_null("activated_at"))
                    .col(integer("failed_sign_ins").default(0))
                    .col(timestamp_with_time_zone_null("last_failed_sign_in_at"))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    // The last one-time code sent, for the sending limit.
                    .col(timestamp_with_time_zone_null("code_sent_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("digital_keys_activation")
                            .from("digital_keys", "activation_id")
                            .to("activations", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("key_codes")
                    .col(uuid("id").primary_key())
                    .col(uuid("key_id"))
                    // `confirm`, `sign_in` or `switch`.
                    .col(string_len("purpose", 10))
                    .col(text("code_hash"))
                    .col(timestamp_with_time_zone("sent_at"))
                    .col(integer("attempts").default(0))
                    // Used, or replaced by a newer code.
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("key_codes_key")
                            .from("key_codes", "key_id")
                            .to("digital_keys", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("key_codes_by_key")
                    .table("key_codes")
                    .col("key_id")
                    .col("sent_at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("key_sessions")
                    // SHA-256 of the cookie's 128-bit token.
                    .col(string_len("token_hash", 64).primary_key())
                    .col(uuid_null("activation_id"))
                    .col(uuid_null("key_id"))
                    // `activation`, `confirm`, `second_factor` or `signed_in`.
                    .col(string_len("stage", 16))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("key_sessions_by_key")
                    .table("key_sessions")
                    .col("key_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("key_sign_ins")
                    .col(uuid("id").primary_key())
                    .col(uuid("key_id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(string_len("factor", 10))
                    .foreign_key(
                        ForeignKey::create()
                            .name("key_sign_ins_key")
                            .from("key_sign_ins", "key_id")
                            .to("digital_keys", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("key_sign_ins_by_key")
                    .table("key_sign_ins")
                    .col("key_id")
                    .col("at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "key_sign_ins",
            "key_sessions",
            "key_codes",
            "digital_keys",
            "activations",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
