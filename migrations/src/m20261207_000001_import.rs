//! The second way in: organisations that vouch for their staff, the lists they send (a batch per
//! confirmed file, its lines with their outcome), the people registered from them, and the
//! activation of an imported person (no request behind it).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("organisations")
                    .col(uuid("id").primary_key())
                    .col(string_len_uniq("name", 200))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("import_batches")
                    .col(uuid("id").primary_key())
                    .col(uuid("organisation_id"))
                    .col(text("file_name"))
                    .col(string_len("file_sha256", 64))
                    .col(uuid("uploaded_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    // The file's SHA-256 while a run works on it: one run at a time per file.
                    .col(string_len_null("running", 64).unique_key())
                    .col(timestamp_with_time_zone("heartbeat_at"))
                    .col(timestamp_with_time_zone_null("finished_at"))
                    .col(string_len_null("failure", 20))
                    .col(integer("lines"))
                    .col(integer("created").default(0))
                    .col(integer("existing").default(0))
                    .col(integer("refused").default(0))
                    .foreign_key(
                        ForeignKey::create()
                            .name("import_batches_organisation")
                            .from("import_batches", "organisation_id")
                            .to("organisations", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        // One unfinished batch per file: a file confirmed twice at once makes one batch.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX import_batches_open_file ON import_batches (file_sha256) \
                 WHERE finished_at IS NULL",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("people")
                    .col(uuid("id").primary_key())
                    .col(string_len_uniq("niss", 11))
                    .col(string_len("email", 254))
                    .col(string_len("language", 2))
                    .col(text("first_names"))
                    .col(text("last_name"))
                    .col(string_len("card_number", 12))
                    .col(uuid("organisation_id"))
                    .col(uuid("batch_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("people_organisation")
                            .from("people", "organisation_id")
                            .to("organisations", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        // One person per address, in any capitals.
        manager
            .get_connection()
            .execute_unprepared("CREATE UNIQUE INDEX people_email ON people (lower(email))")
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("import_lines")
                    .col(uuid("id").primary_key())
                    .col(uuid("batch_id"))
                    .col(integer("line_number"))
                    .col(string_len("niss", 11))
                    .col(string_len("email", 254))
                    .col(string_len("language", 2))
                    .col(text("first_names"))
                    .col(text("last_name"))
                    .col(string_len("card_number", 12))
                    // `pending`, `created`, `existing` or `refused`.
                    .col(string_len("outcome", 10))
                    .col(text_null("reason"))
                    .col(uuid_null("person_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("import_lines_batch")
                            .from("import_lines", "batch_id")
                            .to("import_batches", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("import_lines_by_batch")
                    .table("import_lines")
                    .col("batch_id")
                    .col("outcome")
                    .col("line_number")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("activations")
                    .add_column(uuid_null("person_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("activations_by_person")
                    .table("activations")
                    .col("person_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("activations_by_person")
                    .table("activations")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("activations")
                    .drop_column("person_id")
                    .to_owned(),
            )
            .await?;
        for table in ["import_lines", "people", "import_batches", "organisations"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
