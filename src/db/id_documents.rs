//! Records of the identity document images an applicant uploaded (the files are in `uploads`).

use super::entities::id_document;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

pub use id_document::Model as IdDocument;

/// A stored image, to record with the state change it belongs to.
#[derive(Debug, Clone)]
pub struct StoredImage {
    pub side: &'static str,
    pub file_name: String,
    pub sha256: String,
    pub width: u32,
    pub height: u32,
    pub bytes: usize,
    pub measures: Option<crate::domain::id_quality::Measures>,
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    appointment_id: Uuid,
    image: &StoredImage,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    id_document::ActiveModel {
        id: Set(id),
        request_id: Set(request_id),
        appointment_id: Set(Some(appointment_id)),
        side: Set(image.side.to_owned()),
        file_name: Set(image.file_name.clone()),
        sha256: Set(image.sha256.clone()),
        width: Set(image.width as i32),
        height: Set(image.height as i32),
        bytes: Set(image.bytes as i64),
        sharpness: Set(image.measures.as_ref().map(|m| m.sharpness)),
        glare: Set(image.measures.as_ref().map(|m| m.glare)),
        brightness: Set(image.measures.as_ref().map(|m| m.brightness)),
        contrast: Set(image.measures.as_ref().map(|m| m.contrast)),
        colourfulness: Set(image.measures.as_ref().map(|m| m.colourfulness)),
        created_at: Set(now),
        deleted_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

pub async fn for_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
) -> Result<Vec<IdDocument>, DbErr> {
    id_document::Entity::find()
        .filter(id_document::Column::RequestId.eq(request_id))
        .order_by_asc(id_document::Column::CreatedAt)
        .all(conn)
        .await
}

pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<IdDocument>, DbErr> {
    id_document::Entity::find_by_id(id).one(conn).await
}

/// How many images the request has for a side, deleted ones included (the limit is on uploads).
pub async fn count_for_side(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    side: &str,
) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    id_document::Entity::find()
        .filter(id_document::Column::RequestId.eq(request_id))
        .filter(id_document::Column::Side.eq(side))
        .count(conn)
        .await
}

/// The sides of which the request has an image on file (not yet deleted).
pub async fn sides_on_file(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
) -> Result<Vec<String>, DbErr> {
    let mut sides: Vec<String> = id_document::Entity::find()
        .filter(id_document::Column::RequestId.eq(request_id))
        .filter(id_document::Column::DeletedAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|d| d.side)
        .collect();
    sides.sort();
    sides.dedup();
    Ok(sides)
}

/// Every file name ever recorded, to tell a stray file from a stored one.
pub async fn all_file_names(
    conn: &impl ConnectionTrait,
) -> Result<std::collections::HashSet<String>, DbErr> {
    use sea_orm::QuerySelect;
    let names: Vec<String> = id_document::Entity::find()
        .select_only()
        .column(id_document::Column::FileName)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(names.into_iter().collect())
}

/// Images still on disk of requests that ended (their last change) before `cutoff`: one query,
/// since it runs with every pass of the background jobs.
pub async fn due_for_deletion(
    conn: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
) -> Result<Vec<IdDocument>, DbErr> {
    use super::entities::request;
    use crate::domain::request::RequestState;
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    let ended: Vec<&str> = RequestState::ALL
        .into_iter()
        .filter(|s| s.has_ended())
        .map(RequestState::code)
        .collect();
    let ended_requests = Query::select()
        .column(request::Column::Id)
        .from(request::Entity)
        .and_where(Expr::col(request::Column::State).is_in(ended))
        .and_where(Expr::col(request::Column::UpdatedAt).lte(cutoff))
        .to_owned();
    id_document::Entity::find()
        .filter(id_document::Column::DeletedAt.is_null())
        .filter(id_document::Column::RequestId.in_subquery(ended_requests))
        .all(conn)
        .await
}

/// Marks an image deleted; says whether this call did it.
pub async fn mark_deleted(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    use sea_orm::sea_query::Expr;
    let result = id_document::Entity::update_many()
        .col_expr(id_document::Column::DeletedAt, Expr::value(now))
        .filter(id_document::Column::Id.eq(id))
        .filter(id_document::Column::DeletedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
